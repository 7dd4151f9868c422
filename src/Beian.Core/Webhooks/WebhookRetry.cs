namespace Beian.Webhooks;

/// <summary>
/// When a failed delivery is tried again: 30 seconds after the first failure, doubling each time up to six hours apart,
/// for at least the retry window from the first attempt; past it the delivery is parked (dead letter) until a
/// person redelivers it.
/// </summary>
public static class WebhookRetry
{
    public static readonly TimeSpan First = TimeSpan.FromSeconds(30);
    public static readonly TimeSpan Longest = TimeSpan.FromHours(6);

    /// <summary>The next attempt after <paramref name="attempts"/> failures, or null when the delivery is to be parked.</summary>
    public static DateTimeOffset? Next(int attempts, DateTimeOffset failedAt, DateTimeOffset windowFrom, TimeSpan window)
    {
        if (failedAt - windowFrom >= window)
        {
            return null;
        }

        var wait = First * Math.Pow(2, Math.Clamp(attempts - 1, 0, 20));
        return failedAt + (wait < Longest ? wait : Longest);
    }
}
