using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Beian.Web.Data.Migrations.Postgres.Provider
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "provider");

            migrationBuilder.CreateTable(
                name: "AspNetRoles",
                schema: "provider",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUsers",
                schema: "provider",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DisplayName = table.Column<string>(type: "text", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RealNameKind = table.Column<string>(type: "text", nullable: true),
                    RealName = table.Column<string>(type: "text", nullable: true),
                    RealNameVerifiedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DisabledAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    MustChangePassword = table.Column<bool>(type: "boolean", nullable: false),
                    UserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    PasswordHash = table.Column<string>(type: "text", nullable: true),
                    SecurityStamp = table.Column<string>(type: "text", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "text", nullable: true),
                    PhoneNumber = table.Column<string>(type: "text", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUsers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "audit_log",
                schema: "provider",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserName = table.Column<string>(type: "text", nullable: false),
                    Action = table.Column<string>(type: "text", nullable: false),
                    Target = table.Column<string>(type: "text", nullable: false),
                    Reason = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_log", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                schema: "provider",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FriendlyName = table.Column<string>(type: "text", nullable: true),
                    Xml = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "gateway_deliveries",
                schema: "provider",
                columns: table => new
                {
                    MessageId = table.Column<Guid>(type: "uuid", nullable: false),
                    Channel = table.Column<string>(type: "text", nullable: false),
                    To = table.Column<string>(type: "text", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_gateway_deliveries", x => x.MessageId);
                });

            migrationBuilder.CreateTable(
                name: "inspection_cases",
                schema: "provider",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "text", nullable: false),
                    Source = table.Column<string>(type: "text", nullable: false),
                    SubjectIcpNumber = table.Column<string>(type: "text", nullable: false),
                    Target = table.Column<string>(type: "text", nullable: false),
                    AccountId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProvinceCode = table.Column<string>(type: "text", nullable: false),
                    Detail = table.Column<string>(type: "text", nullable: false),
                    OpenedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Deadline = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    State = table.Column<string>(type: "text", nullable: false),
                    ClosedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Resolution = table.Column<string>(type: "text", nullable: true),
                    ActiveKey = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inspection_cases", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "instances",
                schema: "provider",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    InstanceId = table.Column<string>(type: "text", nullable: false),
                    AccountId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProductType = table.Column<string>(type: "text", nullable: false),
                    Region = table.Column<string>(type: "text", nullable: false),
                    Mainland = table.Column<bool>(type: "boolean", nullable: false),
                    Billing = table.Column<string>(type: "text", nullable: false),
                    SubscriptionMonths = table.Column<int>(type: "integer", nullable: false),
                    BandwidthMbps = table.Column<int>(type: "integer", nullable: false),
                    OrderAmountYuan = table.Column<int>(type: "integer", nullable: true),
                    PublicIp = table.Column<string>(type: "text", nullable: false),
                    ExpiresAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_instances", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "order_documents",
                schema: "provider",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrderId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "text", nullable: false),
                    Role = table.Column<string>(type: "text", nullable: false),
                    StoredName = table.Column<string>(type: "text", nullable: false),
                    DetectedType = table.Column<string>(type: "text", nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    Sha256 = table.Column<string>(type: "text", nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ExpiresOn = table.Column<DateOnly>(type: "date", nullable: true),
                    UploadedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_order_documents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "orders",
                schema: "provider",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    AccountId = table.Column<Guid>(type: "uuid", nullable: false),
                    Type = table.Column<string>(type: "text", nullable: false),
                    State = table.Column<string>(type: "text", nullable: false),
                    ProvinceCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Draft = table.Column<string>(type: "text", nullable: false),
                    TargetIcpNumber = table.Column<string>(type: "text", nullable: true),
                    SubjectCertificateIndex = table.Column<string>(type: "text", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ExpiresAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ExpiryWarningDueAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ExpiryWarningsSent = table.Column<int>(type: "integer", nullable: false),
                    AtBureauSince = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    BureauSubmissions = table.Column<int>(type: "integer", nullable: false),
                    SyncedToProvider = table.Column<bool>(type: "boolean", nullable: false),
                    Rejections = table.Column<string>(type: "text", nullable: false),
                    SubjectIcpNumber = table.Column<string>(type: "text", nullable: true),
                    WebsiteIcpNumbers = table.Column<string>(type: "text", nullable: false),
                    UnansweredCalls = table.Column<int>(type: "integer", nullable: false),
                    NextCallAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CallAnswered = table.Column<bool>(type: "boolean", nullable: false),
                    EmergencyContactReached = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_orders", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "outbox",
                schema: "provider",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AccountId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrderId = table.Column<Guid>(type: "uuid", nullable: true),
                    Channel = table.Column<string>(type: "text", nullable: false),
                    Phone = table.Column<string>(type: "text", nullable: true),
                    Email = table.Column<string>(type: "text", nullable: true),
                    Template = table.Column<string>(type: "text", nullable: false),
                    Subject = table.Column<string>(type: "text", nullable: false),
                    Body = table.Column<string>(type: "text", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DeliveredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Attempts = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_outbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "real_person_verifications",
                schema: "provider",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrderId = table.Column<Guid>(type: "uuid", nullable: false),
                    Role = table.Column<string>(type: "text", nullable: false),
                    State = table.Column<string>(type: "text", nullable: false),
                    FailedAttempts = table.Column<int>(type: "integer", nullable: false),
                    LastResult = table.Column<string>(type: "text", nullable: true),
                    StartedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_real_person_verifications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "record_events",
                schema: "provider",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Kind = table.Column<string>(type: "text", nullable: false),
                    IcpNumber = table.Column<string>(type: "text", nullable: false),
                    Domains = table.Column<string>(type: "text", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_record_events", x => x.Sequence);
                });

            migrationBuilder.CreateTable(
                name: "record_subjects",
                schema: "provider",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    IcpNumber = table.Column<string>(type: "text", nullable: false),
                    AccountId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProvinceCode = table.Column<string>(type: "text", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false),
                    Nature = table.Column<string>(type: "text", nullable: false),
                    CertificateType = table.Column<string>(type: "text", nullable: false),
                    Status = table.Column<string>(type: "text", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CertificateNumber_Cipher = table.Column<string>(type: "text", nullable: false),
                    CertificateNumber_Index = table.Column<string>(type: "text", nullable: false),
                    CertificateNumber_Masked = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_record_subjects", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "reference_imports",
                schema: "provider",
                columns: table => new
                {
                    Name = table.Column<string>(type: "text", nullable: false),
                    Csv = table.Column<string>(type: "text", nullable: false),
                    Rows = table.Column<int>(type: "integer", nullable: false),
                    ImportedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ImportedBy = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reference_imports", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "service_codes",
                schema: "provider",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Value = table.Column<string>(type: "text", nullable: false),
                    InstanceId = table.Column<Guid>(type: "uuid", nullable: false),
                    AccountId = table.Column<Guid>(type: "uuid", nullable: false),
                    State = table.Column<string>(type: "text", nullable: false),
                    OrderId = table.Column<Guid>(type: "uuid", nullable: true),
                    WebsiteIcpNumber = table.Column<string>(type: "text", nullable: true),
                    IssuedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    QuotaKey = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: true),
                    Slot = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_service_codes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "settings",
                schema: "provider",
                columns: table => new
                {
                    Key = table.Column<string>(type: "text", nullable: false),
                    Value = table.Column<string>(type: "text", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_settings", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "sign_in_failures",
                schema: "provider",
                columns: table => new
                {
                    Key = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false),
                    FirstAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    LockedUntil = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sign_in_failures", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "video_verifications",
                schema: "provider",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrderId = table.Column<Guid>(type: "uuid", nullable: false),
                    Method = table.Column<string>(type: "text", nullable: false),
                    State = table.Column<string>(type: "text", nullable: false),
                    AppointmentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    RequestedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Sha256 = table.Column<string>(type: "text", nullable: true),
                    Format = table.Column<string>(type: "text", nullable: true),
                    Size = table.Column<long>(type: "bigint", nullable: true),
                    StoredName = table.Column<string>(type: "text", nullable: true),
                    Note = table.Column<string>(type: "text", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_video_verifications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoleClaims",
                schema: "provider",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RoleId = table.Column<Guid>(type: "uuid", nullable: false),
                    ClaimType = table.Column<string>(type: "text", nullable: true),
                    ClaimValue = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetRoleClaims_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalSchema: "provider",
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserClaims",
                schema: "provider",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    ClaimType = table.Column<string>(type: "text", nullable: true),
                    ClaimValue = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUserClaims_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalSchema: "provider",
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserLogins",
                schema: "provider",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "text", nullable: false),
                    ProviderKey = table.Column<string>(type: "text", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "text", nullable: true),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_AspNetUserLogins_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalSchema: "provider",
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserRoles",
                schema: "provider",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    RoleId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalSchema: "provider",
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalSchema: "provider",
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserTokens",
                schema: "provider",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    LoginProvider = table.Column<string>(type: "text", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false),
                    Value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_AspNetUserTokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalSchema: "provider",
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "order_domains",
                schema: "provider",
                columns: table => new
                {
                    OrderId = table.Column<Guid>(type: "uuid", nullable: false),
                    Domain = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_order_domains", x => new { x.OrderId, x.Domain });
                    table.ForeignKey(
                        name: "FK_order_domains_orders_OrderId",
                        column: x => x.OrderId,
                        principalSchema: "provider",
                        principalTable: "orders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "order_events",
                schema: "provider",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrderId = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    TransitionId = table.Column<string>(type: "text", nullable: true),
                    From = table.Column<string>(type: "text", nullable: false),
                    To = table.Column<string>(type: "text", nullable: false),
                    Actor = table.Column<string>(type: "text", nullable: false),
                    ActorName = table.Column<string>(type: "text", nullable: false),
                    Description = table.Column<string>(type: "text", nullable: false),
                    Note = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_order_events", x => x.Id);
                    table.ForeignKey(
                        name: "FK_order_events_orders_OrderId",
                        column: x => x.OrderId,
                        principalSchema: "provider",
                        principalTable: "orders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "record_websites",
                schema: "provider",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SubjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    IcpNumber = table.Column<string>(type: "text", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false),
                    Status = table.Column<string>(type: "text", nullable: false),
                    ApprovedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ReportedIp = table.Column<string>(type: "text", nullable: true),
                    CommercialLicence = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_record_websites", x => x.Id);
                    table.ForeignKey(
                        name: "FK_record_websites_record_subjects_SubjectId",
                        column: x => x.SubjectId,
                        principalSchema: "provider",
                        principalTable: "record_subjects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "record_domains",
                schema: "provider",
                columns: table => new
                {
                    Domain = table.Column<string>(type: "text", nullable: false),
                    WebsiteId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_record_domains", x => x.Domain);
                    table.ForeignKey(
                        name: "FK_record_domains_record_websites_WebsiteId",
                        column: x => x.WebsiteId,
                        principalSchema: "provider",
                        principalTable: "record_websites",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AspNetRoleClaims_RoleId",
                schema: "provider",
                table: "AspNetRoleClaims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                schema: "provider",
                table: "AspNetRoles",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserClaims_UserId",
                schema: "provider",
                table: "AspNetUserClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserLogins_UserId",
                schema: "provider",
                table: "AspNetUserLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserRoles_RoleId",
                schema: "provider",
                table: "AspNetUserRoles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                schema: "provider",
                table: "AspNetUsers",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                schema: "provider",
                table: "AspNetUsers",
                column: "NormalizedUserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_audit_log_At",
                schema: "provider",
                table: "audit_log",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_inspection_cases_AccountId",
                schema: "provider",
                table: "inspection_cases",
                column: "AccountId");

            migrationBuilder.CreateIndex(
                name: "IX_inspection_cases_ActiveKey",
                schema: "provider",
                table: "inspection_cases",
                column: "ActiveKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_inspection_cases_State_Deadline",
                schema: "provider",
                table: "inspection_cases",
                columns: new[] { "State", "Deadline" });

            migrationBuilder.CreateIndex(
                name: "IX_inspection_cases_SubjectIcpNumber",
                schema: "provider",
                table: "inspection_cases",
                column: "SubjectIcpNumber");

            migrationBuilder.CreateIndex(
                name: "IX_instances_AccountId",
                schema: "provider",
                table: "instances",
                column: "AccountId");

            migrationBuilder.CreateIndex(
                name: "IX_instances_InstanceId",
                schema: "provider",
                table: "instances",
                column: "InstanceId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_order_documents_OrderId_Kind_Role",
                schema: "provider",
                table: "order_documents",
                columns: new[] { "OrderId", "Kind", "Role" });

            migrationBuilder.CreateIndex(
                name: "IX_order_domains_Domain",
                schema: "provider",
                table: "order_domains",
                column: "Domain");

            migrationBuilder.CreateIndex(
                name: "IX_order_events_OrderId_At",
                schema: "provider",
                table: "order_events",
                columns: new[] { "OrderId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_orders_AccountId",
                schema: "provider",
                table: "orders",
                column: "AccountId");

            migrationBuilder.CreateIndex(
                name: "IX_orders_ExpiryWarningDueAt",
                schema: "provider",
                table: "orders",
                column: "ExpiryWarningDueAt");

            migrationBuilder.CreateIndex(
                name: "IX_orders_Number",
                schema: "provider",
                table: "orders",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_orders_State_ExpiresAt",
                schema: "provider",
                table: "orders",
                columns: new[] { "State", "ExpiresAt" });

            migrationBuilder.CreateIndex(
                name: "IX_orders_SubjectCertificateIndex",
                schema: "provider",
                table: "orders",
                column: "SubjectCertificateIndex");

            migrationBuilder.CreateIndex(
                name: "IX_outbox_DeliveredAt_CreatedAt",
                schema: "provider",
                table: "outbox",
                columns: new[] { "DeliveredAt", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_real_person_verifications_OrderId_Role",
                schema: "provider",
                table: "real_person_verifications",
                columns: new[] { "OrderId", "Role" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_record_domains_WebsiteId",
                schema: "provider",
                table: "record_domains",
                column: "WebsiteId");

            migrationBuilder.CreateIndex(
                name: "IX_record_subjects_AccountId",
                schema: "provider",
                table: "record_subjects",
                column: "AccountId");

            migrationBuilder.CreateIndex(
                name: "IX_record_subjects_IcpNumber",
                schema: "provider",
                table: "record_subjects",
                column: "IcpNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_record_websites_IcpNumber",
                schema: "provider",
                table: "record_websites",
                column: "IcpNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_record_websites_SubjectId",
                schema: "provider",
                table: "record_websites",
                column: "SubjectId");

            migrationBuilder.CreateIndex(
                name: "IX_service_codes_InstanceId",
                schema: "provider",
                table: "service_codes",
                column: "InstanceId");

            migrationBuilder.CreateIndex(
                name: "IX_service_codes_QuotaKey_Slot",
                schema: "provider",
                table: "service_codes",
                columns: new[] { "QuotaKey", "Slot" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_service_codes_Value",
                schema: "provider",
                table: "service_codes",
                column: "Value",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_sign_in_failures_FirstAt",
                schema: "provider",
                table: "sign_in_failures",
                column: "FirstAt");

            migrationBuilder.CreateIndex(
                name: "IX_video_verifications_OrderId_RequestedAt",
                schema: "provider",
                table: "video_verifications",
                columns: new[] { "OrderId", "RequestedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_video_verifications_Sha256",
                schema: "provider",
                table: "video_verifications",
                column: "Sha256");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AspNetRoleClaims",
                schema: "provider");

            migrationBuilder.DropTable(
                name: "AspNetUserClaims",
                schema: "provider");

            migrationBuilder.DropTable(
                name: "AspNetUserLogins",
                schema: "provider");

            migrationBuilder.DropTable(
                name: "AspNetUserRoles",
                schema: "provider");

            migrationBuilder.DropTable(
                name: "AspNetUserTokens",
                schema: "provider");

            migrationBuilder.DropTable(
                name: "audit_log",
                schema: "provider");

            migrationBuilder.DropTable(
                name: "DataProtectionKeys",
                schema: "provider");

            migrationBuilder.DropTable(
                name: "gateway_deliveries",
                schema: "provider");

            migrationBuilder.DropTable(
                name: "inspection_cases",
                schema: "provider");

            migrationBuilder.DropTable(
                name: "instances",
                schema: "provider");

            migrationBuilder.DropTable(
                name: "order_documents",
                schema: "provider");

            migrationBuilder.DropTable(
                name: "order_domains",
                schema: "provider");

            migrationBuilder.DropTable(
                name: "order_events",
                schema: "provider");

            migrationBuilder.DropTable(
                name: "outbox",
                schema: "provider");

            migrationBuilder.DropTable(
                name: "real_person_verifications",
                schema: "provider");

            migrationBuilder.DropTable(
                name: "record_domains",
                schema: "provider");

            migrationBuilder.DropTable(
                name: "record_events",
                schema: "provider");

            migrationBuilder.DropTable(
                name: "reference_imports",
                schema: "provider");

            migrationBuilder.DropTable(
                name: "service_codes",
                schema: "provider");

            migrationBuilder.DropTable(
                name: "settings",
                schema: "provider");

            migrationBuilder.DropTable(
                name: "sign_in_failures",
                schema: "provider");

            migrationBuilder.DropTable(
                name: "video_verifications",
                schema: "provider");

            migrationBuilder.DropTable(
                name: "AspNetRoles",
                schema: "provider");

            migrationBuilder.DropTable(
                name: "AspNetUsers",
                schema: "provider");

            migrationBuilder.DropTable(
                name: "orders",
                schema: "provider");

            migrationBuilder.DropTable(
                name: "record_websites",
                schema: "provider");

            migrationBuilder.DropTable(
                name: "record_subjects",
                schema: "provider");
        }
    }
}
