using Beian.Domains;
using Beian.Platform;
using Beian.Ports;

namespace Beian.Bureau.Miit;

/// <summary>
/// ICP备案查询 by a subject or website number, a domain, or a unit's exact name: every website of the subject found,
/// answered from the cache while the national record has not moved.
/// </summary>
public sealed class PublicRecordQuery(IBureauGateway bureau, PublicQueryCache cache)
{
    public async Task<Result<IReadOnlyList<PublicRecordRow>>> QueryAsync(string? number, string? domain, string? subject, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(number) && string.IsNullOrWhiteSpace(domain) && string.IsNullOrWhiteSpace(subject))
        {
            return Problems.Invalid("query.keyword_required", "请输入备案号、域名或主办单位名称。");
        }

        if (!string.IsNullOrWhiteSpace(domain) && !DomainName.TryNormalise(domain, out domain))
        {
            return Problems.Invalid("query.domain_invalid", "域名格式不正确。");
        }

        var key = string.Join('\n', "records", number?.Trim(), domain, subject?.Trim());
        return Result.Ok(await cache.GetOrAddAsync(key, () => bureau.QueryAsync(number, domain, subject, ct), ct));
    }
}
