using System.Collections.Frozen;

namespace Beian.Reference;

/// <summary>A catalogued rejection reason (驳回原因) a reviewer or the bureau may give.</summary>
/// <param name="Code">Stable code, e.g. REJ-CALL-UNANSWERED.</param>
/// <param name="Title">The title the applicant sees.</param>
/// <param name="Stages">Who uses it: P provider review, B bureau review, M return by MIIT.</param>
public sealed record RejectionReason(string Code, string Title, IReadOnlyList<string> Stages);

/// <summary>The rejection catalog, read from the versioned data file <c>rejections.json</c>.</summary>
public static class RejectionCatalog
{
    private static readonly Lazy<FileShape> Data = new(() => ReferenceData.Read<FileShape>("rejections.json"));
    private static readonly Lazy<FrozenDictionary<string, RejectionReason>> ByCode =
        new(() => Data.Value.Reasons.ToFrozenDictionary(r => r.Code));

    public static IReadOnlyList<RejectionReason> All => Data.Value.Reasons;

    public static string Version => Data.Value.Version;

    public static RejectionReason? Find(string code) => ByCode.Value.GetValueOrDefault(code);

    private sealed record FileShape(string Version, RejectionReason[] Reasons);
}
