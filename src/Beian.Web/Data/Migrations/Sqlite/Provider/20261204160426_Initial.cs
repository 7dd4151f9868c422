using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Beian.Web.Data.Migrations.Sqlite.Provider
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "provider_AspNetRoles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_provider_AspNetRoles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "provider_AspNetUsers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DisplayName = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RealNameKind = table.Column<string>(type: "TEXT", nullable: true),
                    RealName = table.Column<string>(type: "TEXT", nullable: true),
                    RealNameVerifiedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DisabledAt = table.Column<long>(type: "INTEGER", nullable: true),
                    MustChangePassword = table.Column<bool>(type: "INTEGER", nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    PasswordHash = table.Column<string>(type: "TEXT", nullable: true),
                    SecurityStamp = table.Column<string>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumber = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    LockoutEnd = table.Column<long>(type: "INTEGER", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_provider_AspNetUsers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "provider_audit_log",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserName = table.Column<string>(type: "TEXT", nullable: false),
                    Action = table.Column<string>(type: "TEXT", nullable: false),
                    Target = table.Column<string>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_provider_audit_log", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "provider_DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FriendlyName = table.Column<string>(type: "TEXT", nullable: true),
                    Xml = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_provider_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "provider_gateway_deliveries",
                columns: table => new
                {
                    MessageId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Channel = table.Column<string>(type: "TEXT", nullable: false),
                    To = table.Column<string>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_provider_gateway_deliveries", x => x.MessageId);
                });

            migrationBuilder.CreateTable(
                name: "provider_inspection_cases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", nullable: false),
                    Source = table.Column<string>(type: "TEXT", nullable: false),
                    SubjectIcpNumber = table.Column<string>(type: "TEXT", nullable: false),
                    Target = table.Column<string>(type: "TEXT", nullable: false),
                    AccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProvinceCode = table.Column<string>(type: "TEXT", nullable: false),
                    Detail = table.Column<string>(type: "TEXT", nullable: false),
                    OpenedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Deadline = table.Column<long>(type: "INTEGER", nullable: false),
                    State = table.Column<string>(type: "TEXT", nullable: false),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Resolution = table.Column<string>(type: "TEXT", nullable: true),
                    ActiveKey = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_provider_inspection_cases", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "provider_instances",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    InstanceId = table.Column<string>(type: "TEXT", nullable: false),
                    AccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProductType = table.Column<string>(type: "TEXT", nullable: false),
                    Region = table.Column<string>(type: "TEXT", nullable: false),
                    Mainland = table.Column<bool>(type: "INTEGER", nullable: false),
                    Billing = table.Column<string>(type: "TEXT", nullable: false),
                    SubscriptionMonths = table.Column<int>(type: "INTEGER", nullable: false),
                    BandwidthMbps = table.Column<int>(type: "INTEGER", nullable: false),
                    OrderAmountYuan = table.Column<int>(type: "INTEGER", nullable: true),
                    PublicIp = table.Column<string>(type: "TEXT", nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_provider_instances", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "provider_order_documents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", nullable: false),
                    Role = table.Column<string>(type: "TEXT", nullable: false),
                    StoredName = table.Column<string>(type: "TEXT", nullable: false),
                    DetectedType = table.Column<string>(type: "TEXT", nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ExpiresOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    UploadedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_provider_order_documents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "provider_orders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    AccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", nullable: false),
                    State = table.Column<string>(type: "TEXT", nullable: false),
                    ProvinceCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Draft = table.Column<string>(type: "TEXT", nullable: false),
                    TargetIcpNumber = table.Column<string>(type: "TEXT", nullable: true),
                    SubjectCertificateIndex = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ExpiryWarningDueAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ExpiryWarningsSent = table.Column<int>(type: "INTEGER", nullable: false),
                    AtBureauSince = table.Column<long>(type: "INTEGER", nullable: true),
                    BureauSubmissions = table.Column<int>(type: "INTEGER", nullable: false),
                    SyncedToProvider = table.Column<bool>(type: "INTEGER", nullable: false),
                    Rejections = table.Column<string>(type: "TEXT", nullable: false),
                    SubjectIcpNumber = table.Column<string>(type: "TEXT", nullable: true),
                    WebsiteIcpNumbers = table.Column<string>(type: "TEXT", nullable: false),
                    UnansweredCalls = table.Column<int>(type: "INTEGER", nullable: false),
                    NextCallAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CallAnswered = table.Column<bool>(type: "INTEGER", nullable: false),
                    EmergencyContactReached = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_provider_orders", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "provider_outbox",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrderId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Channel = table.Column<string>(type: "TEXT", nullable: false),
                    Phone = table.Column<string>(type: "TEXT", nullable: true),
                    Email = table.Column<string>(type: "TEXT", nullable: true),
                    Template = table.Column<string>(type: "TEXT", nullable: false),
                    Subject = table.Column<string>(type: "TEXT", nullable: false),
                    Body = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DeliveredAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_provider_outbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "provider_real_person_verifications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Role = table.Column<string>(type: "TEXT", nullable: false),
                    State = table.Column<string>(type: "TEXT", nullable: false),
                    FailedAttempts = table.Column<int>(type: "INTEGER", nullable: false),
                    LastResult = table.Column<string>(type: "TEXT", nullable: true),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_provider_real_person_verifications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "provider_record_events",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", nullable: false),
                    IcpNumber = table.Column<string>(type: "TEXT", nullable: false),
                    Domains = table.Column<string>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_provider_record_events", x => x.Sequence);
                });

            migrationBuilder.CreateTable(
                name: "provider_record_subjects",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    IcpNumber = table.Column<string>(type: "TEXT", nullable: false),
                    AccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProvinceCode = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Nature = table.Column<string>(type: "TEXT", nullable: false),
                    CertificateType = table.Column<string>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CertificateNumber_Cipher = table.Column<string>(type: "TEXT", nullable: false),
                    CertificateNumber_Index = table.Column<string>(type: "TEXT", nullable: false),
                    CertificateNumber_Masked = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_provider_record_subjects", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "provider_reference_imports",
                columns: table => new
                {
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Csv = table.Column<string>(type: "TEXT", nullable: false),
                    Rows = table.Column<int>(type: "INTEGER", nullable: false),
                    ImportedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ImportedBy = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_provider_reference_imports", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "provider_service_codes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Value = table.Column<string>(type: "TEXT", nullable: false),
                    InstanceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    State = table.Column<string>(type: "TEXT", nullable: false),
                    OrderId = table.Column<Guid>(type: "TEXT", nullable: true),
                    WebsiteIcpNumber = table.Column<string>(type: "TEXT", nullable: true),
                    IssuedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    QuotaKey = table.Column<string>(type: "TEXT", maxLength: 80, nullable: true),
                    Slot = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_provider_service_codes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "provider_settings",
                columns: table => new
                {
                    Key = table.Column<string>(type: "TEXT", nullable: false),
                    Value = table.Column<string>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_provider_settings", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "provider_sign_in_failures",
                columns: table => new
                {
                    Key = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false),
                    FirstAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LockedUntil = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_provider_sign_in_failures", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "provider_video_verifications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Method = table.Column<string>(type: "TEXT", nullable: false),
                    State = table.Column<string>(type: "TEXT", nullable: false),
                    AppointmentAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RequestedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", nullable: true),
                    Format = table.Column<string>(type: "TEXT", nullable: true),
                    Size = table.Column<long>(type: "INTEGER", nullable: true),
                    StoredName = table.Column<string>(type: "TEXT", nullable: true),
                    Note = table.Column<string>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_provider_video_verifications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "provider_AspNetRoleClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoleId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_provider_AspNetRoleClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_provider_AspNetRoleClaims_provider_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "provider_AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "provider_AspNetUserClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_provider_AspNetUserClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_provider_AspNetUserClaims_provider_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "provider_AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "provider_AspNetUserLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderKey = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "TEXT", nullable: true),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_provider_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_provider_AspNetUserLogins_provider_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "provider_AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "provider_AspNetUserRoles",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RoleId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_provider_AspNetUserRoles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_provider_AspNetUserRoles_provider_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "provider_AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_provider_AspNetUserRoles_provider_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "provider_AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "provider_AspNetUserTokens",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Value = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_provider_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_provider_AspNetUserTokens_provider_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "provider_AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "provider_order_domains",
                columns: table => new
                {
                    OrderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Domain = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_provider_order_domains", x => new { x.OrderId, x.Domain });
                    table.ForeignKey(
                        name: "FK_provider_order_domains_provider_orders_OrderId",
                        column: x => x.OrderId,
                        principalTable: "provider_orders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "provider_order_events",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    TransitionId = table.Column<string>(type: "TEXT", nullable: true),
                    From = table.Column<string>(type: "TEXT", nullable: false),
                    To = table.Column<string>(type: "TEXT", nullable: false),
                    Actor = table.Column<string>(type: "TEXT", nullable: false),
                    ActorName = table.Column<string>(type: "TEXT", nullable: false),
                    Description = table.Column<string>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_provider_order_events", x => x.Id);
                    table.ForeignKey(
                        name: "FK_provider_order_events_provider_orders_OrderId",
                        column: x => x.OrderId,
                        principalTable: "provider_orders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "provider_record_websites",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SubjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    IcpNumber = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", nullable: false),
                    ApprovedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ReportedIp = table.Column<string>(type: "TEXT", nullable: true),
                    CommercialLicence = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_provider_record_websites", x => x.Id);
                    table.ForeignKey(
                        name: "FK_provider_record_websites_provider_record_subjects_SubjectId",
                        column: x => x.SubjectId,
                        principalTable: "provider_record_subjects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "provider_record_domains",
                columns: table => new
                {
                    Domain = table.Column<string>(type: "TEXT", nullable: false),
                    WebsiteId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_provider_record_domains", x => x.Domain);
                    table.ForeignKey(
                        name: "FK_provider_record_domains_provider_record_websites_WebsiteId",
                        column: x => x.WebsiteId,
                        principalTable: "provider_record_websites",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_provider_AspNetRoleClaims_RoleId",
                table: "provider_AspNetRoleClaims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "provider_AspNetRoles",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_provider_AspNetUserClaims_UserId",
                table: "provider_AspNetUserClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_provider_AspNetUserLogins_UserId",
                table: "provider_AspNetUserLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_provider_AspNetUserRoles_RoleId",
                table: "provider_AspNetUserRoles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "provider_AspNetUsers",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "provider_AspNetUsers",
                column: "NormalizedUserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_provider_audit_log_At",
                table: "provider_audit_log",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_provider_inspection_cases_AccountId",
                table: "provider_inspection_cases",
                column: "AccountId");

            migrationBuilder.CreateIndex(
                name: "IX_provider_inspection_cases_ActiveKey",
                table: "provider_inspection_cases",
                column: "ActiveKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_provider_inspection_cases_State_Deadline",
                table: "provider_inspection_cases",
                columns: new[] { "State", "Deadline" });

            migrationBuilder.CreateIndex(
                name: "IX_provider_inspection_cases_SubjectIcpNumber",
                table: "provider_inspection_cases",
                column: "SubjectIcpNumber");

            migrationBuilder.CreateIndex(
                name: "IX_provider_instances_AccountId",
                table: "provider_instances",
                column: "AccountId");

            migrationBuilder.CreateIndex(
                name: "IX_provider_instances_InstanceId",
                table: "provider_instances",
                column: "InstanceId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_provider_order_documents_OrderId_Kind_Role",
                table: "provider_order_documents",
                columns: new[] { "OrderId", "Kind", "Role" });

            migrationBuilder.CreateIndex(
                name: "IX_provider_order_domains_Domain",
                table: "provider_order_domains",
                column: "Domain");

            migrationBuilder.CreateIndex(
                name: "IX_provider_order_events_OrderId_At",
                table: "provider_order_events",
                columns: new[] { "OrderId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_provider_orders_AccountId",
                table: "provider_orders",
                column: "AccountId");

            migrationBuilder.CreateIndex(
                name: "IX_provider_orders_ExpiryWarningDueAt",
                table: "provider_orders",
                column: "ExpiryWarningDueAt");

            migrationBuilder.CreateIndex(
                name: "IX_provider_orders_Number",
                table: "provider_orders",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_provider_orders_State_ExpiresAt",
                table: "provider_orders",
                columns: new[] { "State", "ExpiresAt" });

            migrationBuilder.CreateIndex(
                name: "IX_provider_orders_SubjectCertificateIndex",
                table: "provider_orders",
                column: "SubjectCertificateIndex");

            migrationBuilder.CreateIndex(
                name: "IX_provider_outbox_DeliveredAt_CreatedAt",
                table: "provider_outbox",
                columns: new[] { "DeliveredAt", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_provider_real_person_verifications_OrderId_Role",
                table: "provider_real_person_verifications",
                columns: new[] { "OrderId", "Role" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_provider_record_domains_WebsiteId",
                table: "provider_record_domains",
                column: "WebsiteId");

            migrationBuilder.CreateIndex(
                name: "IX_provider_record_subjects_AccountId",
                table: "provider_record_subjects",
                column: "AccountId");

            migrationBuilder.CreateIndex(
                name: "IX_provider_record_subjects_IcpNumber",
                table: "provider_record_subjects",
                column: "IcpNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_provider_record_websites_IcpNumber",
                table: "provider_record_websites",
                column: "IcpNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_provider_record_websites_SubjectId",
                table: "provider_record_websites",
                column: "SubjectId");

            migrationBuilder.CreateIndex(
                name: "IX_provider_service_codes_InstanceId",
                table: "provider_service_codes",
                column: "InstanceId");

            migrationBuilder.CreateIndex(
                name: "IX_provider_service_codes_QuotaKey_Slot",
                table: "provider_service_codes",
                columns: new[] { "QuotaKey", "Slot" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_provider_service_codes_Value",
                table: "provider_service_codes",
                column: "Value",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_provider_sign_in_failures_FirstAt",
                table: "provider_sign_in_failures",
                column: "FirstAt");

            migrationBuilder.CreateIndex(
                name: "IX_provider_video_verifications_OrderId_RequestedAt",
                table: "provider_video_verifications",
                columns: new[] { "OrderId", "RequestedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_provider_video_verifications_Sha256",
                table: "provider_video_verifications",
                column: "Sha256");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "provider_AspNetRoleClaims");

            migrationBuilder.DropTable(
                name: "provider_AspNetUserClaims");

            migrationBuilder.DropTable(
                name: "provider_AspNetUserLogins");

            migrationBuilder.DropTable(
                name: "provider_AspNetUserRoles");

            migrationBuilder.DropTable(
                name: "provider_AspNetUserTokens");

            migrationBuilder.DropTable(
                name: "provider_audit_log");

            migrationBuilder.DropTable(
                name: "provider_DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "provider_gateway_deliveries");

            migrationBuilder.DropTable(
                name: "provider_inspection_cases");

            migrationBuilder.DropTable(
                name: "provider_instances");

            migrationBuilder.DropTable(
                name: "provider_order_documents");

            migrationBuilder.DropTable(
                name: "provider_order_domains");

            migrationBuilder.DropTable(
                name: "provider_order_events");

            migrationBuilder.DropTable(
                name: "provider_outbox");

            migrationBuilder.DropTable(
                name: "provider_real_person_verifications");

            migrationBuilder.DropTable(
                name: "provider_record_domains");

            migrationBuilder.DropTable(
                name: "provider_record_events");

            migrationBuilder.DropTable(
                name: "provider_reference_imports");

            migrationBuilder.DropTable(
                name: "provider_service_codes");

            migrationBuilder.DropTable(
                name: "provider_settings");

            migrationBuilder.DropTable(
                name: "provider_sign_in_failures");

            migrationBuilder.DropTable(
                name: "provider_video_verifications");

            migrationBuilder.DropTable(
                name: "provider_AspNetRoles");

            migrationBuilder.DropTable(
                name: "provider_AspNetUsers");

            migrationBuilder.DropTable(
                name: "provider_orders");

            migrationBuilder.DropTable(
                name: "provider_record_websites");

            migrationBuilder.DropTable(
                name: "provider_record_subjects");
        }
    }
}
