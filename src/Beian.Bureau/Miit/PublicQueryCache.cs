using System.Collections.Concurrent;
using Beian.Bureau.Data;
using Microsoft.EntityFrameworkCore;

namespace Beian.Bureau.Miit;

/// <summary>
/// Answers of the public query (ICP备案查询) kept in memory and dropped as soon as the national record changes. Every
/// request first waits for a reading of the head of the national record's event feed (DESIGN.md §2) that began after
/// it arrived — the newest sequence and how many events lie above a floor that trails 30 s behind — and a head that
/// moved empties the cache, so a change answers correctly at once on every host. Requests that arrive together share
/// one reading. Counting above the floor sees an event that committed late with a lower sequence (two PostgreSQL
/// transactions may commit out of order); the floor rises only past events older than that.
/// </summary>
public sealed class PublicQueryCache(IServiceScopeFactory scopes, TimeProvider time) : IDisposable
{
    /// <summary>Enough for the names people look up again and again; a full cache starts over rather than tracking use.</summary>
    public const int Capacity = 20_000;

    private static readonly TimeSpan Lookback = TimeSpan.FromSeconds(30);

    private static readonly Head Nothing = new(0, 0);

    private readonly ConcurrentDictionary<string, object> _answers = new(StringComparer.Ordinal);
    private readonly Lock _storing = new();
    private readonly SemaphoreSlim _reading = new(1, 1);
    private long _readingsStarted;
    private long _lastReadingDone;
    private Head _current = Nothing;
    private long _floor;
    private long _mark;
    private DateTimeOffset _markedAt = DateTimeOffset.MinValue;
    private long _generation;

    /// <summary>The feed's head above the floor.</summary>
    private sealed record Head(long Newest, int AboveFloor);

    /// <summary>The cached answer for <paramref name="key"/>, or the one <paramref name="answer"/> gives, kept if the record did not move meanwhile.</summary>
    public async Task<T> GetOrAddAsync<T>(string key, Func<Task<T>> answer, CancellationToken ct)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(answer);
        await FollowAsync(ct);
        if (_answers.TryGetValue(key, out var kept))
        {
            return (T)kept;
        }

        var before = Volatile.Read(ref _generation);
        var value = await answer();
        lock (_storing)
        {
            // An answer read while the record moved may predate the change that emptied the cache: it is not kept.
            if (before == _generation)
            {
                if (_answers.Count >= Capacity)
                {
                    _answers.Clear();
                }

                _answers[key] = value;
            }
        }

        return value;
    }

    private async Task FollowAsync(CancellationToken ct)
    {
        var arrivedAfter = Interlocked.Read(ref _readingsStarted);
        await _reading.WaitAsync(ct);
        try
        {
            if (_lastReadingDone > arrivedAfter)
            {
                return; // a reading that began after this request arrived has finished meanwhile
            }

            var started = Interlocked.Increment(ref _readingsStarted);
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<BureauDb>();
            var head = await ReadHeadAsync(db, _floor, ct);
            if (head != _current)
            {
                Empty(head);
            }

            var now = time.GetUtcNow();
            if (now - _markedAt >= Lookback)
            {
                // What was the newest a lookback ago has committed by now, with everything below it: the floor may rise
                // to it. The head is read against the new floor and the cache emptied, so nothing in between is lost.
                var settled = _mark;
                _mark = head.Newest;
                _markedAt = now;
                if (settled > _floor)
                {
                    _floor = settled;
                    Empty(await ReadHeadAsync(db, _floor, ct));
                }
            }

            _lastReadingDone = started;
        }
        finally
        {
            _reading.Release();
        }
    }

    public void Dispose() => _reading.Dispose();

    private static async Task<Head> ReadHeadAsync(BureauDb db, long floor, CancellationToken ct) =>
        await db.RecordEvents.Where(e => e.Sequence > floor).GroupBy(e => 1).Select(g => new Head(g.Max(e => e.Sequence), g.Count())).FirstOrDefaultAsync(ct) ?? Nothing;

    private void Empty(Head head)
    {
        lock (_storing)
        {
            _answers.Clear();
            _generation++;
        }

        _current = head;
    }
}
