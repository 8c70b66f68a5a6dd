using Advisor.Engine.Assessments;
using Advisor.Engine.Documents;

namespace Advisor.Host.Cli;

/// <summary>Reads an assessment file for a command; a missing or invalid file is reported plainly, with exit code 2.</summary>
internal static class AssessmentFile
{
    public const int BadInput = 2;

    public static Assessment? Read(string path, out int exitCode)
    {
        exitCode = 0;
        try
        {
            return AssessmentReader.Read(File.ReadAllText(path));
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException or UnauthorizedAccessException or IOException)
        {
            Console.Error.WriteLine($"Cannot read '{path}': {e.Message}");
        }
        catch (InvalidDocumentException e)
        {
            Console.Error.WriteLine($"'{path}' is not a valid assessment:");
            foreach (FieldError error in e.Errors) Console.Error.WriteLine($"  {error.Field}: {error.Message}");
        }

        exitCode = BadInput;
        return null;
    }
}
