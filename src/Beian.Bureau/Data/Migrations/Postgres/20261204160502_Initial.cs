using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Beian.Bureau.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "bureau");

            migrationBuilder.CreateTable(
                name: "applications",
                schema: "bureau",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ProviderId = table.Column<string>(type: "text", nullable: false),
                    OrderNumber = table.Column<string>(type: "text", nullable: false),
                    Type = table.Column<string>(type: "text", nullable: false),
                    ProvinceCode = table.Column<string>(type: "text", nullable: false),
                    Data = table.Column<string>(type: "text", nullable: false),
                    SubjectCertificateIndex = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    TargetIcpNumber = table.Column<string>(type: "text", nullable: true),
                    State = table.Column<string>(type: "text", nullable: false),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    SmsDeadline = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    WrongAttempts = table.Column<int>(type: "integer", nullable: false),
                    ReviewDueAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DecidedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DecidedBy = table.Column<string>(type: "text", nullable: true),
                    Rejections = table.Column<string>(type: "text", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    LastResendAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ResendDay = table.Column<DateOnly>(type: "date", nullable: true),
                    ResendsThatDay = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_applications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "blacklist",
                schema: "bureau",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Kind = table.Column<string>(type: "text", nullable: false),
                    Value = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_blacklist", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "number_sequences",
                schema: "bureau",
                columns: table => new
                {
                    ProvinceCode = table.Column<string>(type: "text", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Last = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_number_sequences", x => new { x.ProvinceCode, x.Year });
                });

            migrationBuilder.CreateTable(
                name: "provider_messages",
                schema: "bureau",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ProviderId = table.Column<string>(type: "text", nullable: false),
                    Kind = table.Column<string>(type: "text", nullable: false),
                    ApplicationId = table.Column<string>(type: "text", nullable: false),
                    Payload = table.Column<string>(type: "text", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    VisibleAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_provider_messages", x => x.Sequence);
                });

            migrationBuilder.CreateTable(
                name: "record_events",
                schema: "bureau",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Kind = table.Column<string>(type: "text", nullable: false),
                    IcpNumber = table.Column<string>(type: "text", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_record_events", x => x.Sequence);
                });

            migrationBuilder.CreateTable(
                name: "registry_businesses",
                schema: "bureau",
                columns: table => new
                {
                    CreditCode = table.Column<string>(type: "text", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false),
                    LegalRepresentative = table.Column<string>(type: "text", nullable: false),
                    Status = table.Column<string>(type: "text", nullable: false),
                    Scope = table.Column<string>(type: "text", nullable: false),
                    LicenceExpiresOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registry_businesses", x => x.CreditCode);
                });

            migrationBuilder.CreateTable(
                name: "registry_dns",
                schema: "bureau",
                columns: table => new
                {
                    Name = table.Column<string>(type: "text", nullable: false),
                    Addresses = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registry_dns", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "registry_domains",
                schema: "bureau",
                columns: table => new
                {
                    Domain = table.Column<string>(type: "text", nullable: false),
                    HolderName = table.Column<string>(type: "text", nullable: false),
                    HolderCertificateType = table.Column<string>(type: "text", nullable: false),
                    Registrar = table.Column<string>(type: "text", nullable: false),
                    ExpiresOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "text", nullable: false),
                    RealNameVerifiedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    InMiitDatabase = table.Column<bool>(type: "boolean", nullable: false),
                    HolderCertificateNumber_Cipher = table.Column<string>(type: "text", nullable: false),
                    HolderCertificateNumber_Index = table.Column<string>(type: "text", nullable: false),
                    HolderCertificateNumber_Masked = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registry_domains", x => x.Domain);
                });

            migrationBuilder.CreateTable(
                name: "registry_identities",
                schema: "bureau",
                columns: table => new
                {
                    NumberIndex = table.Column<string>(type: "text", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false),
                    ExpiresOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registry_identities", x => x.NumberIndex);
                });

            migrationBuilder.CreateTable(
                name: "sms_outbox",
                schema: "bureau",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Text = table.Column<string>(type: "text", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DeliveredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    To_Cipher = table.Column<string>(type: "text", nullable: false),
                    To_Index = table.Column<string>(type: "text", nullable: false),
                    To_Masked = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sms_outbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "subjects",
                schema: "bureau",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    IcpNumber = table.Column<string>(type: "text", nullable: false),
                    ProvinceCode = table.Column<string>(type: "text", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    CertificateAddress = table.Column<string>(type: "text", nullable: false),
                    MailingAddress = table.Column<string>(type: "text", nullable: false),
                    EmptySince = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Nature = table.Column<string>(type: "text", nullable: false),
                    CertificateType = table.Column<string>(type: "text", nullable: false),
                    Principal = table.Column<string>(type: "text", nullable: true),
                    PrincipalCertificateIndex = table.Column<string>(type: "text", nullable: true),
                    PrincipalMobileIndex = table.Column<string>(type: "text", nullable: true),
                    NextWebsiteSequence = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "text", nullable: false),
                    ApprovedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CertificateNumber_Cipher = table.Column<string>(type: "text", nullable: false),
                    CertificateIndex = table.Column<string>(type: "text", nullable: false),
                    CertificateNumber_Masked = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_subjects", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "sms_challenges",
                schema: "bureau",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ApplicationId = table.Column<string>(type: "character varying(64)", nullable: false),
                    Role = table.Column<string>(type: "text", nullable: false),
                    CodeHash = table.Column<string>(type: "text", nullable: false),
                    VerifiedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CertificateNumber_Cipher = table.Column<string>(type: "text", nullable: false),
                    CertificateNumber_Index = table.Column<string>(type: "text", nullable: false),
                    CertificateNumber_Masked = table.Column<string>(type: "text", nullable: false),
                    Mobile_Cipher = table.Column<string>(type: "text", nullable: false),
                    MobileIndex = table.Column<string>(type: "text", nullable: false),
                    Mobile_Masked = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sms_challenges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_sms_challenges_applications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalSchema: "bureau",
                        principalTable: "applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "websites",
                schema: "bureau",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SubjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    IcpNumber = table.Column<string>(type: "text", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Homepage = table.Column<string>(type: "text", nullable: false),
                    Principal = table.Column<string>(type: "text", nullable: true),
                    PrincipalCertificateIndex = table.Column<string>(type: "text", nullable: true),
                    PrincipalMobileIndex = table.Column<string>(type: "text", nullable: true),
                    Status = table.Column<string>(type: "text", nullable: false),
                    AccessRestricted = table.Column<bool>(type: "boolean", nullable: false),
                    ApprovedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Providers = table.Column<string>(type: "text", nullable: false),
                    FormerProviders = table.Column<string>(type: "text", nullable: false),
                    NoProviderSince = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_websites", x => x.Id);
                    table.ForeignKey(
                        name: "FK_websites_subjects_SubjectId",
                        column: x => x.SubjectId,
                        principalSchema: "bureau",
                        principalTable: "subjects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "domains",
                schema: "bureau",
                columns: table => new
                {
                    Domain = table.Column<string>(type: "text", nullable: false),
                    WebsiteId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_domains", x => x.Domain);
                    table.ForeignKey(
                        name: "FK_domains_websites_WebsiteId",
                        column: x => x.WebsiteId,
                        principalSchema: "bureau",
                        principalTable: "websites",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_applications_State_ReviewDueAt",
                schema: "bureau",
                table: "applications",
                columns: new[] { "State", "ReviewDueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_applications_State_SmsDeadline",
                schema: "bureau",
                table: "applications",
                columns: new[] { "State", "SmsDeadline" });

            migrationBuilder.CreateIndex(
                name: "IX_applications_SubjectCertificateIndex",
                schema: "bureau",
                table: "applications",
                column: "SubjectCertificateIndex");

            migrationBuilder.CreateIndex(
                name: "IX_blacklist_Kind_Value",
                schema: "bureau",
                table: "blacklist",
                columns: new[] { "Kind", "Value" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_domains_WebsiteId",
                schema: "bureau",
                table: "domains",
                column: "WebsiteId");

            migrationBuilder.CreateIndex(
                name: "IX_provider_messages_ProviderId_Sequence",
                schema: "bureau",
                table: "provider_messages",
                columns: new[] { "ProviderId", "Sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_registry_businesses_Name",
                schema: "bureau",
                table: "registry_businesses",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_sms_challenges_ApplicationId",
                schema: "bureau",
                table: "sms_challenges",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_subjects_IcpNumber",
                schema: "bureau",
                table: "subjects",
                column: "IcpNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_subjects_Name",
                schema: "bureau",
                table: "subjects",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_subjects_PrincipalCertificateIndex",
                schema: "bureau",
                table: "subjects",
                column: "PrincipalCertificateIndex");

            migrationBuilder.CreateIndex(
                name: "IX_subjects_PrincipalMobileIndex",
                schema: "bureau",
                table: "subjects",
                column: "PrincipalMobileIndex");

            migrationBuilder.CreateIndex(
                name: "IX_websites_IcpNumber",
                schema: "bureau",
                table: "websites",
                column: "IcpNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_websites_Name",
                schema: "bureau",
                table: "websites",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_websites_PrincipalCertificateIndex",
                schema: "bureau",
                table: "websites",
                column: "PrincipalCertificateIndex");

            migrationBuilder.CreateIndex(
                name: "IX_websites_PrincipalMobileIndex",
                schema: "bureau",
                table: "websites",
                column: "PrincipalMobileIndex");

            migrationBuilder.CreateIndex(
                name: "IX_websites_SubjectId",
                schema: "bureau",
                table: "websites",
                column: "SubjectId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "blacklist",
                schema: "bureau");

            migrationBuilder.DropTable(
                name: "domains",
                schema: "bureau");

            migrationBuilder.DropTable(
                name: "number_sequences",
                schema: "bureau");

            migrationBuilder.DropTable(
                name: "provider_messages",
                schema: "bureau");

            migrationBuilder.DropTable(
                name: "record_events",
                schema: "bureau");

            migrationBuilder.DropTable(
                name: "registry_businesses",
                schema: "bureau");

            migrationBuilder.DropTable(
                name: "registry_dns",
                schema: "bureau");

            migrationBuilder.DropTable(
                name: "registry_domains",
                schema: "bureau");

            migrationBuilder.DropTable(
                name: "registry_identities",
                schema: "bureau");

            migrationBuilder.DropTable(
                name: "sms_challenges",
                schema: "bureau");

            migrationBuilder.DropTable(
                name: "sms_outbox",
                schema: "bureau");

            migrationBuilder.DropTable(
                name: "websites",
                schema: "bureau");

            migrationBuilder.DropTable(
                name: "applications",
                schema: "bureau");

            migrationBuilder.DropTable(
                name: "subjects",
                schema: "bureau");
        }
    }
}
