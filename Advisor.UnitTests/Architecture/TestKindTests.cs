namespace Advisor.UnitTests.Architecture;

/// <summary>The unit tests stay the fast kind: nothing here can start a web host or drive a browser.</summary>
public sealed class TestKindTests
{
    [Theory]
    [InlineData("Microsoft.AspNetCore.Mvc.Testing")]
    [InlineData("Microsoft.AspNetCore.TestHost")]
    [InlineData("WebDriver")]
    public void The_unit_tests_do_not_reference_what_starts_a_host_or_a_browser(string assembly)
    {
        string[] referenced = [.. typeof(TestKindTests).Assembly.GetReferencedAssemblies().Select(a => a.Name ?? "")];

        Assert.DoesNotContain(assembly, referenced);
    }

    [Fact]
    public void The_unit_test_project_brings_no_host_test_packages()
    {
        string project = File.ReadAllText(Path.Combine(Repository.Root, "Advisor.UnitTests", "Advisor.UnitTests.csproj"));

        Assert.DoesNotContain("Mvc.Testing", project, StringComparison.Ordinal);
        Assert.DoesNotContain("Selenium", project, StringComparison.Ordinal);
    }
}
