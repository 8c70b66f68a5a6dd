namespace Advisor.Engine.Personalization.Population;

/// <summary>One served item of a logged outcome, as the population model learns from it.</summary>
/// <param name="Context">The assessment's features (<see cref="AssessmentFeatures"/>), ascending.</param>
/// <param name="Exercise">The exercise's index in the catalog.</param>
/// <param name="Reward">The item's reward (<see cref="OutcomeReward"/>), 0 to 1.</param>
/// <param name="Group">Which routine phase it was served in: items of one group were ordered against each other.</param>
public readonly record struct LoggedItem(int[] Context, int Exercise, float Reward, long Group);
