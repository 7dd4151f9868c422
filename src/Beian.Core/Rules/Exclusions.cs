using Beian.Filings;

namespace Beian.Rules;

/// <summary>
/// The exclusion rules of lifecycle §9.2 as one account meets them. One order in progress per account (M-01,
/// R-ORDER-01) is what refuses the second order; the finding also names the rule that makes the two orders at hand
/// incompatible, so that the applicant learns why: a change beside a new website or access (M-04, R-ORDER-04,
/// R-CHG-05), a subject and a website cancellation together (M-05, R-CANCEL-06), a cancellation beside a re-filing
/// (M-06, R-CANCEL-07), or a change while the bureau holds an order (M-09, R-CHG-04, R-ORDER-07).
/// </summary>
public static class Exclusions
{
    /// <summary>The finding that refuses a second order; <paramref name="wanted"/> is null for a new filing whose type the basic check decides.</summary>
    public static Finding AccountBusy(FilingType running, OrderState runningState, FilingType? wanted)
    {
        var (ids, why) = Why(running, runningState, wanted);
        var next = runningState.IsAtBureau() ? "请等待管局审核结果后再办理" : "请等待其完成，或撤销、放弃后再办理";
        return new Finding(
            ["R-ORDER-01", .. ids],
            Severity.Blocking,
            "account",
            $"您的账号下有进行中的「{running.ChineseName()}」订单（{runningState.ChineseName()}）{why}",
            $"{next}；在「我的备案」中查看进行中的订单。");
    }

    private static (string[] Ids, string Why) Why(FilingType running, OrderState runningState, FilingType? wanted)
    {
        if (IsChange(wanted) && runningState.IsAtBureau())
        {
            return (["R-CHG-04", "R-ORDER-07"], "，订单在管局期间不能变更备案信息");
        }

        if ((IsChange(running) && IsNewFiling(wanted)) || (IsNewFiling(running) && IsChange(wanted)))
        {
            return (["R-ORDER-04", "R-CHG-05"], "，变更备案与新增网站、接入备案不能同时办理");
        }

        if (running is FilingType.CancelSubject && wanted is FilingType.CancelWebsite || running is FilingType.CancelWebsite && wanted is FilingType.CancelSubject)
        {
            return (["R-CANCEL-06"], "，注销主体与注销网站不能同时办理");
        }

        if ((IsCancellation(running) && IsNewFiling(wanted)) || (IsNewFiling(running) && IsCancellation(wanted)))
        {
            return (["R-CANCEL-07"], "，注销与重新备案不能同时办理：须待工信部备案查询显示已无备案信息后再备案");
        }

        return ([], "，同一账号同一时间只能办理一个订单");
    }

    private static bool IsChange(FilingType? type) => type is FilingType.ChangeSubject or FilingType.ChangeWebsite;

    /// <summary>A new filing: first filing, access or new website; null is a new filing not yet typed.</summary>
    private static bool IsNewFiling(FilingType? type) =>
        type is null or FilingType.FirstFiling or FilingType.Access or FilingType.NewWebsiteSubjectHere or FilingType.NewWebsiteSubjectElsewhere;

    private static bool IsCancellation(FilingType? type) => type is FilingType.CancelSubject or FilingType.CancelWebsite;
}
