namespace Advisor.Engine.Routines;

internal static class DraftList
{
    /// <summary>Position of the draft for <paramref name="id"/>: a personalized order, when one was applied, breaks rank ties.</summary>
    public static int IndexOf(this IReadOnlyList<Draft> drafts, string id)
    {
        for (int i = 0; i < drafts.Count; i++)
        {
            if (drafts[i].Id == id) return i;
        }

        return -1;
    }
}
