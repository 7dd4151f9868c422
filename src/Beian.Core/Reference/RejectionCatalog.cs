using System.Collections.Frozen;

namespace Beian.Reference;

/// <summary>A catalogued rejection reason (驳回原因) a reviewer or the bureau may give.</summary>
/// <param name="Code">Stable code, e.g. REJ-CALL-UNANSWERED.</param>
/// <param name="Title">The title the applicant sees.</param>
/// <param name="Stages">Who uses it: P provider review, B bureau review, M return by MIIT.</param>
/// <param name="Cause">Why it happens.</param>
/// <param name="Remedy">What the applicant does about it.</param>
public sealed record RejectionReason(string Code, string Title, IReadOnlyList<string> Stages, string Cause, string Remedy);

/// <summary>A special-inspection finding (专项核查) with its cause and rectification.</summary>
public sealed record InspectionFinding(string Code, string Title, string Cause, string Remedy);

/// <summary>The special-inspection catalog, read from the versioned data file <c>inspections.json</c>.</summary>
public static class InspectionCatalog
{
    private static readonly Lazy<FileShape> Data = new(() => ReferenceData.Read<FileShape>("inspections.json"));

    public static IReadOnlyList<InspectionFinding> All => Data.Value.Findings;

    public static InspectionFinding? Find(string code) => Data.Value.Findings.FirstOrDefault(f => f.Code == code);

    private sealed record FileShape(string Version, InspectionFinding[] Findings);
}

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
