using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Beian.Bureau.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "bureau_applications",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ProviderId = table.Column<string>(type: "TEXT", nullable: false),
                    OrderNumber = table.Column<string>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", nullable: false),
                    ProvinceCode = table.Column<string>(type: "TEXT", nullable: false),
                    Data = table.Column<string>(type: "TEXT", nullable: false),
                    SubjectCertificateIndex = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    TargetIcpNumber = table.Column<string>(type: "TEXT", nullable: true),
                    State = table.Column<string>(type: "TEXT", nullable: false),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SmsDeadline = table.Column<long>(type: "INTEGER", nullable: true),
                    WrongAttempts = table.Column<int>(type: "INTEGER", nullable: false),
                    ReviewDueAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DecidedBy = table.Column<string>(type: "TEXT", nullable: true),
                    Rejections = table.Column<string>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    LastResendAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ResendDay = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ResendsThatDay = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_bureau_applications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "bureau_blacklist",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", nullable: false),
                    Value = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_bureau_blacklist", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "bureau_number_sequences",
                columns: table => new
                {
                    ProvinceCode = table.Column<string>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Last = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_bureau_number_sequences", x => new { x.ProvinceCode, x.Year });
                });

            migrationBuilder.CreateTable(
                name: "bureau_provider_messages",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProviderId = table.Column<string>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", nullable: false),
                    ApplicationId = table.Column<string>(type: "TEXT", nullable: false),
                    Payload = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    VisibleAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_bureau_provider_messages", x => x.Sequence);
                });

            migrationBuilder.CreateTable(
                name: "bureau_record_events",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", nullable: false),
                    IcpNumber = table.Column<string>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_bureau_record_events", x => x.Sequence);
                });

            migrationBuilder.CreateTable(
                name: "bureau_registry_businesses",
                columns: table => new
                {
                    CreditCode = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    LegalRepresentative = table.Column<string>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", nullable: false),
                    Scope = table.Column<string>(type: "TEXT", nullable: false),
                    LicenceExpiresOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_bureau_registry_businesses", x => x.CreditCode);
                });

            migrationBuilder.CreateTable(
                name: "bureau_registry_dns",
                columns: table => new
                {
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Addresses = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_bureau_registry_dns", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "bureau_registry_domains",
                columns: table => new
                {
                    Domain = table.Column<string>(type: "TEXT", nullable: false),
                    HolderName = table.Column<string>(type: "TEXT", nullable: false),
                    HolderCertificateType = table.Column<string>(type: "TEXT", nullable: false),
                    Registrar = table.Column<string>(type: "TEXT", nullable: false),
                    ExpiresOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", nullable: false),
                    RealNameVerifiedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    InMiitDatabase = table.Column<bool>(type: "INTEGER", nullable: false),
                    HolderCertificateNumber_Cipher = table.Column<string>(type: "TEXT", nullable: false),
                    HolderCertificateNumber_Index = table.Column<string>(type: "TEXT", nullable: false),
                    HolderCertificateNumber_Masked = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_bureau_registry_domains", x => x.Domain);
                });

            migrationBuilder.CreateTable(
                name: "bureau_registry_identities",
                columns: table => new
                {
                    NumberIndex = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    ExpiresOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_bureau_registry_identities", x => x.NumberIndex);
                });

            migrationBuilder.CreateTable(
                name: "bureau_sms_outbox",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DeliveredAt = table.Column<long>(type: "INTEGER", nullable: true),
                    To_Cipher = table.Column<string>(type: "TEXT", nullable: false),
                    To_Index = table.Column<string>(type: "TEXT", nullable: false),
                    To_Masked = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_bureau_sms_outbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "bureau_subjects",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    IcpNumber = table.Column<string>(type: "TEXT", nullable: false),
                    ProvinceCode = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    CertificateAddress = table.Column<string>(type: "TEXT", nullable: false),
                    MailingAddress = table.Column<string>(type: "TEXT", nullable: false),
                    EmptySince = table.Column<long>(type: "INTEGER", nullable: true),
                    Nature = table.Column<string>(type: "TEXT", nullable: false),
                    CertificateType = table.Column<string>(type: "TEXT", nullable: false),
                    Principal = table.Column<string>(type: "TEXT", nullable: true),
                    PrincipalCertificateIndex = table.Column<string>(type: "TEXT", nullable: true),
                    PrincipalMobileIndex = table.Column<string>(type: "TEXT", nullable: true),
                    NextWebsiteSequence = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", nullable: false),
                    ApprovedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CertificateNumber_Cipher = table.Column<string>(type: "TEXT", nullable: false),
                    CertificateIndex = table.Column<string>(type: "TEXT", nullable: false),
                    CertificateNumber_Masked = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_bureau_subjects", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "bureau_sms_challenges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ApplicationId = table.Column<string>(type: "TEXT", nullable: false),
                    Role = table.Column<string>(type: "TEXT", nullable: false),
                    CodeHash = table.Column<string>(type: "TEXT", nullable: false),
                    VerifiedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CertificateNumber_Cipher = table.Column<string>(type: "TEXT", nullable: false),
                    CertificateNumber_Index = table.Column<string>(type: "TEXT", nullable: false),
                    CertificateNumber_Masked = table.Column<string>(type: "TEXT", nullable: false),
                    Mobile_Cipher = table.Column<string>(type: "TEXT", nullable: false),
                    MobileIndex = table.Column<string>(type: "TEXT", nullable: false),
                    Mobile_Masked = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_bureau_sms_challenges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_bureau_sms_challenges_bureau_applications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "bureau_applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "bureau_websites",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SubjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    IcpNumber = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Homepage = table.Column<string>(type: "TEXT", nullable: false),
                    Principal = table.Column<string>(type: "TEXT", nullable: true),
                    PrincipalCertificateIndex = table.Column<string>(type: "TEXT", nullable: true),
                    PrincipalMobileIndex = table.Column<string>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", nullable: false),
                    AccessRestricted = table.Column<bool>(type: "INTEGER", nullable: false),
                    ApprovedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Providers = table.Column<string>(type: "TEXT", nullable: false),
                    FormerProviders = table.Column<string>(type: "TEXT", nullable: false),
                    NoProviderSince = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_bureau_websites", x => x.Id);
                    table.ForeignKey(
                        name: "FK_bureau_websites_bureau_subjects_SubjectId",
                        column: x => x.SubjectId,
                        principalTable: "bureau_subjects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "bureau_domains",
                columns: table => new
                {
                    Domain = table.Column<string>(type: "TEXT", nullable: false),
                    WebsiteId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_bureau_domains", x => x.Domain);
                    table.ForeignKey(
                        name: "FK_bureau_domains_bureau_websites_WebsiteId",
                        column: x => x.WebsiteId,
                        principalTable: "bureau_websites",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_bureau_applications_State_ReviewDueAt",
                table: "bureau_applications",
                columns: new[] { "State", "ReviewDueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_bureau_applications_State_SmsDeadline",
                table: "bureau_applications",
                columns: new[] { "State", "SmsDeadline" });

            migrationBuilder.CreateIndex(
                name: "IX_bureau_applications_SubjectCertificateIndex",
                table: "bureau_applications",
                column: "SubjectCertificateIndex");

            migrationBuilder.CreateIndex(
                name: "IX_bureau_blacklist_Kind_Value",
                table: "bureau_blacklist",
                columns: new[] { "Kind", "Value" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_bureau_domains_WebsiteId",
                table: "bureau_domains",
                column: "WebsiteId");

            migrationBuilder.CreateIndex(
                name: "IX_bureau_provider_messages_ProviderId_Sequence",
                table: "bureau_provider_messages",
                columns: new[] { "ProviderId", "Sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_bureau_registry_businesses_Name",
                table: "bureau_registry_businesses",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_bureau_sms_challenges_ApplicationId",
                table: "bureau_sms_challenges",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_bureau_subjects_IcpNumber",
                table: "bureau_subjects",
                column: "IcpNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_bureau_subjects_Name",
                table: "bureau_subjects",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_bureau_subjects_PrincipalCertificateIndex",
                table: "bureau_subjects",
                column: "PrincipalCertificateIndex");

            migrationBuilder.CreateIndex(
                name: "IX_bureau_subjects_PrincipalMobileIndex",
                table: "bureau_subjects",
                column: "PrincipalMobileIndex");

            migrationBuilder.CreateIndex(
                name: "IX_bureau_websites_IcpNumber",
                table: "bureau_websites",
                column: "IcpNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_bureau_websites_Name",
                table: "bureau_websites",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_bureau_websites_PrincipalCertificateIndex",
                table: "bureau_websites",
                column: "PrincipalCertificateIndex");

            migrationBuilder.CreateIndex(
                name: "IX_bureau_websites_PrincipalMobileIndex",
                table: "bureau_websites",
                column: "PrincipalMobileIndex");

            migrationBuilder.CreateIndex(
                name: "IX_bureau_websites_SubjectId",
                table: "bureau_websites",
                column: "SubjectId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "bureau_blacklist");

            migrationBuilder.DropTable(
                name: "bureau_domains");

            migrationBuilder.DropTable(
                name: "bureau_number_sequences");

            migrationBuilder.DropTable(
                name: "bureau_provider_messages");

            migrationBuilder.DropTable(
                name: "bureau_record_events");

            migrationBuilder.DropTable(
                name: "bureau_registry_businesses");

            migrationBuilder.DropTable(
                name: "bureau_registry_dns");

            migrationBuilder.DropTable(
                name: "bureau_registry_domains");

            migrationBuilder.DropTable(
                name: "bureau_registry_identities");

            migrationBuilder.DropTable(
                name: "bureau_sms_challenges");

            migrationBuilder.DropTable(
                name: "bureau_sms_outbox");

            migrationBuilder.DropTable(
                name: "bureau_websites");

            migrationBuilder.DropTable(
                name: "bureau_applications");

            migrationBuilder.DropTable(
                name: "bureau_subjects");
        }
    }
}
