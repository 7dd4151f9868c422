namespace Beian.Rules;

/// <summary>
/// The rule book: every automated check of the spec, run on a draft. It returns every finding; it never throws.
/// </summary>
public static class RuleBook
{
    public static IReadOnlyList<Rule> All { get; } =
    [
        new DomainTldMustBeApprovedByMiit(),
        new RemovingAnUnapprovedTldIsFinal(),
        new DomainMustBeInTheRegistrarDatabase(),
        new DomainHolderMustBeTheSubject(),
        new DomainHolderCertificateTypeMustMatch(),
        new DomainHolderCertificateNumberMustMatch(),
        new DomainMustNotBeExpired(),
        new DomainRegistrarMustBeApprovedByMiit(),
        new RecentRealNameMayNotHaveReachedTheBureau(),
        new DomainMustNotBeOnHold(),
        new WebsiteNameMustHaveThreeChineseCharacters(),
        new WebsiteNameMustUseOnlyChineseLettersAndDigits(),
        new WebsiteNameMustNotStartWithReservedWord(),
        new WebsiteNameMustNotBeTheDomain(),
        new WebsiteNameMustNotContainSensitiveWords(),
        new IndividualWebsiteNameMustNotSuggestAnOrganisation(),
        new WebsiteNameMustNotBeBlacklisted(),
        new ContentCategoryMustBeKnown(),
        new TheNatureMatchesTheCertificate(),
        new OrganisationCertificateMustMatchTheBusinessRegistry(),
        new OrganisationNameMustMatchTheBusinessRegistry(),
        new AddressMustGoDownToTheHouseNumber(),
        new OrganisationMustFileInTheProvinceOfItsAddress(),
        new IndividualFromAnotherProvinceNeedsAResidencePermit(),
        new CertificateAddressMustBeInTheProvince(),
        new SubjectMustNotBeBlacklisted(),
        new ARecordUnderTheOldCertificateChangesFirst(),
        new SubjectPrincipalMustBeTheLegalRepresentative(),
        new WebsitePrincipalMustBeTheLegalRepresentativeOrAuthorised(),
        new PrincipalPhonesMustBeMainlandMobiles(),
        new ALandlineIsWrittenAsAreaCodeAndNumber(),
        new VirtualOperatorNumbersOnlyWhereAccepted(),
        new MobilesShouldBeFromTheFilingProvince(),
        new PrincipalNameMustMatchTheIdentityRecord(),
        new TheAccountShouldBeRealNameVerified(),
        new OnePersonInTwoRolesMustHaveTheSameData(),
        new WebsitePrincipalMustNotServeAnotherSubject(),
        new PrincipalIdMustBeValidForThreeMonths(),
        new NonResidentPrincipalsOnlyWhereAllowed(),
        new NumbersMustNotBelongToAnotherSubject(),
        new OneWebsiteWithOneDomainWhereTheProvinceSaysSo(),
        new AnUnfiledDomainMustNotResolveYet(),
        new APreApprovalMustBeValid(),
        new TheAccessedRecordMustStillExist(),
        new AccessFilingCannotAddDomains(),
        new WebsiteChangeCanOnlyRemoveDomains(),
        new AChangeStaysInTheRecordsProvince(),
        new ASubjectChangeKeepsItsHolder(),
        new ANewPrincipalBringsTheirOwnContacts(),
        new SubjectPrincipalMustMatchTheRecord(),
        new WebsitePrincipalMustMatchTheRecordOnAccess(),
        new RegulatedSectorsNeedAPreApproval(),
        new BasicDocumentsMustBeUploaded(),
        new CertificatesMustStayValidForThreeMonths(),
        new ProofsMustBeRecentEnough(),
        new ProvinceDocumentsMustBeUploaded(),
    ];

    public static IReadOnlyList<Finding> Run(RuleContext context) => [.. All.SelectMany(rule => rule.Check(context))];
}
