namespace Advisor.Rules.Runtime;

/// <summary>
/// The equipment at hand, as the rules ask about it (G40). Conditions call these instead of nesting
/// one lambda in another: a compiled condition with a lambda inside that reads another fact builds a
/// closure and a delegate each time it is evaluated, once per candidate per rule.
/// </summary>
public static class Kit
{
    /// <summary>True when <paramref name="exercise"/> needs something that is not at hand.</summary>
    public static bool LacksSomethingFor(this IEnumerable<HasEquipment> kit, Exercise exercise)
    {
        foreach (Equipment needed in exercise.Equipment)
        {
            if (!kit.Has(needed)) return true;
        }

        return false;
    }

    /// <summary>What <paramref name="exercise"/> needs that is not at hand, in the catalog's order.</summary>
    public static IEnumerable<Equipment> MissingFor(this IEnumerable<HasEquipment> kit, Exercise exercise)
    {
        foreach (Equipment needed in exercise.Equipment)
        {
            if (!kit.Has(needed)) yield return needed;
        }
    }

    /// <summary>True when <paramref name="item"/> is at hand.</summary>
    public static bool Has(this IEnumerable<HasEquipment> kit, Equipment item)
    {
        foreach (HasEquipment at in kit)
        {
            if (at.Item == item) return true;
        }

        return false;
    }
}
