using Beian.Filings;

namespace Beian.Rules;

/// <summary>A subject as the national record knows it, seen from the basic-information check.</summary>
/// <param name="IcpNumber">主体备案号.</param>
/// <param name="ProvinceCode">The province of the record.</param>
/// <param name="Name">The subject's name in the record.</param>
/// <param name="LiveWebsites">How many websites are not cancelled; none makes it an empty shell (空壳主体).</param>
/// <param name="AccessedHereByThisAccount">The subject has approved websites here under the applicant's own account.</param>
public sealed record MiitSubjectFact(string IcpNumber, string ProvinceCode, string Name, int LiveWebsites, bool AccessedHereByThisAccount);

/// <summary>A domain's record at MIIT.</summary>
/// <param name="SubjectIcpNumber">The number of the subject the domain's website belongs to.</param>
/// <param name="ProvinceCode">The province of that record.</param>
/// <param name="AccessedHere">The website is accessed through this provider.</param>
public sealed record MiitDomainFact(string SubjectIcpNumber, string ProvinceCode, bool AccessedHere);

/// <summary>Everything the decision table needs to know about one domain of the basic-information form.</summary>
public sealed record BasicFacts(
    string Domain,
    string EnteredProvinceCode,
    string EnteredName,
    bool ContinueAccess,
    bool CertificateHasOrderInProgress,
    bool DomainHasOrderInProgress,
    bool CertificateFiledHereUnderAnotherAccount,
    bool DomainSubjectFiledHereUnderAnotherAccount,
    bool DomainFiledAndAccessedHere,
    MiitSubjectFact? SubjectAtMiit,
    MiitDomainFact? DomainAtMiit)
{
    /// <summary>This provider's name (Platform:ProviderName), as the spec's messages name it (R-BASIC-06).</summary>
    public string ProviderName { get; init; } = "本接入商";

    /// <summary>The subject's province lets an empty-shell subject add a service directly (AMB-APP-09; off by default).</summary>
    public bool EmptyShellMayAddService { get; init; }
}

/// <summary>The outcome of the decision table: the row that matched, and a filing type or a blocking finding.</summary>
public sealed record FilingTypeOutcome(string Row, FilingType? Type, Finding? Block, bool SubjectAlreadyHere = false);

/// <summary>
/// The automatic filing-type decision (lifecycle.md §3, D01–D14): evaluated top to bottom, the first matching row wins.
/// The applicant never chooses the type; a wrong type comes from wrong inputs (R-BASIC-08).
/// </summary>
public static class FilingTypeDecision
{
    public static FilingTypeOutcome Decide(BasicFacts f)
    {
        ArgumentNullException.ThrowIfNull(f);
        var domainField = "domain";
        if (f.CertificateHasOrderInProgress)
        {
            return Block("D01", ["R-BASIC-02", "R-ORDER-03"], "certificateNumber", "此证件存在进行中的订单", "请在原账号中撤销或放弃进行中的订单；忘记原账号时，可通过客服申请释放订单。", "REJ-CERT-ORDER-IN-PROGRESS");
        }

        if (f.DomainHasOrderInProgress)
        {
            return Block("D02", ["R-BASIC-01", "R-ORDER-02"], domainField, "该域名存在进行中的订单", "请在原账号中撤销或放弃进行中的订单；忘记原账号时，可通过客服申请释放订单。");
        }

        if (f.CertificateFiledHereUnderAnotherAccount)
        {
            return Block("D03", ["R-BASIC-05", "R-ACCT-02"], "certificateNumber", "此证件已存在备案信息。检测到您的备案信息在其他账号下,请登录原账号继续备案,如需将备案信息转移至当前账号,可登录原账号后使用「备案转移」功能操作即可", "请登录原账号继续备案，或在原账号中使用「备案转移」。");
        }

        if (f.DomainSubjectFiledHereUnderAnotherAccount)
        {
            return Block("D04", ["R-BASIC-03", "R-ACCT-03"], domainField, "该域名对应的主体信息在系统中已经存在,请登录对应账号进行接入操作", "请登录该主体所在的账号办理。");
        }

        if (f.DomainFiledAndAccessedHere)
        {
            return Block("D05", ["R-BASIC-04"], domainField, "此域名已存在备案", "请检查域名是否填写正确；如域名备案在其他单位名下，需先线下注销该备案。");
        }

        var subject = f.SubjectAtMiit;
        var domain = f.DomainAtMiit;
        if (domain is not null && subject is not null && domain.SubjectIcpNumber != subject.IcpNumber)
        {
            return Block("D06", ["R-BASIC-10"], domainField, $"证件备案信息(备案号:{subject.IcpNumber})和域名备案信息(备案号:{domain.SubjectIcpNumber})对应备案信息不一致,无法进行当前操作", "请核对证件号码与域名；如域名不属于您，需先线下注销该域名的备案，再办理首次备案。");
        }

        if ((subject is not null && subject.ProvinceCode != f.EnteredProvinceCode) || (domain is not null && domain.ProvinceCode != f.EnteredProvinceCode))
        {
            return Block("D07", ["R-BASIC-06"], "provinceCode", $"该证件或域名已备案,请与备案成功信息的主办单位所属区域保持一致,或在原接入商完成变更后,再通过{f.ProviderName}新增备案。", "请选择与已备案信息一致的主办单位所属区域。");
        }

        // Live services of every type count: a subject with an app left is no empty shell (R-APP-39). A province may
        // let an empty shell add a service directly (AMB-APP-09); by default it may not (AMB-08).
        if (subject is { LiveWebsites: 0 } && !f.EmptyShellMayAddService)
        {
            return Block("D08", ["R-BASIC-11"], "certificateNumber", "该主体在工信部备案库中已无网站（空壳主体），无法新增网站或接入", "请先注销该主体（线下注销或等待管局清理），再办理首次备案。", "REJ-SUBJECT-CANCELLED");
        }

        if (f.ContinueAccess && domain is null)
        {
            return Block("D13", ["R-BASIC-09"], domainField, $"域名{f.Domain}在管局没有备案信息,建议您更换域名后继续转入操作", "该域名尚未备案，请使用「增加网站」办理。");
        }

        if (subject is null && domain is null)
        {
            return new FilingTypeOutcome("D09", FilingType.FirstFiling, null);
        }

        if (subject is not null && domain is null)
        {
            if (subject.Name != f.EnteredName)
            {
                return Block("D11", ["R-BASIC-07"], "name", "与已备案成功主体信息不一致,请修改一致后再提交", "请按工信部备案信息填写主办单位名称，或先在原接入商办理变更。");
            }

            return subject.AccessedHereByThisAccount
                ? new FilingTypeOutcome("D10", FilingType.NewWebsiteSubjectHere, null, SubjectAlreadyHere: true)
                : new FilingTypeOutcome("D11", FilingType.NewWebsiteSubjectElsewhere, null);
        }

        if (subject is not null && domain is not null)
        {
            if (subject.Name != f.EnteredName)
            {
                return Block("D12", ["R-BASIC-07", "R-ACCESS-03"], "name", "与已备案成功主体信息不一致,请修改一致后再提交", "接入备案须与工信部备案信息一致，请按备案信息填写。");
            }

            return new FilingTypeOutcome("D12", FilingType.Access, null, SubjectAlreadyHere: subject.AccessedHereByThisAccount);
        }

        return Block("D14", ["R-BASIC-12"], domainField, "该域名已在其他主体名下备案，无法以当前证件备案", "如域名为新购买，需原备案主体注销或线下注销后再办理首次备案；如主体曾用旧证件号备案，请先在原接入商变更证件号码。", "REJ-MIIT-RECORD-EXISTS");
    }

    private static FilingTypeOutcome Block(string row, string[] ids, string field, string message, string remedy, string? rejection = null) =>
        new(row, null, new Finding(ids, Severity.Blocking, field, message, remedy, rejection));
}
