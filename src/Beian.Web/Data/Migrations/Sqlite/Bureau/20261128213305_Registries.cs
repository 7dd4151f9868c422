using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Beian.Web.Data.Migrations.Sqlite.Bureau
{
    /// <inheritdoc />
    public partial class Registries : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "PrincipalCertificateIndex",
                table: "bureau_websites",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PrincipalMobileIndex",
                table: "bureau_websites",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PrincipalCertificateIndex",
                table: "bureau_subjects",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PrincipalMobileIndex",
                table: "bureau_subjects",
                type: "TEXT",
                nullable: true);

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

            migrationBuilder.CreateIndex(
                name: "IX_bureau_websites_PrincipalCertificateIndex",
                table: "bureau_websites",
                column: "PrincipalCertificateIndex");

            migrationBuilder.CreateIndex(
                name: "IX_bureau_websites_PrincipalMobileIndex",
                table: "bureau_websites",
                column: "PrincipalMobileIndex");

            migrationBuilder.CreateIndex(
                name: "IX_bureau_subjects_PrincipalCertificateIndex",
                table: "bureau_subjects",
                column: "PrincipalCertificateIndex");

            migrationBuilder.CreateIndex(
                name: "IX_bureau_subjects_PrincipalMobileIndex",
                table: "bureau_subjects",
                column: "PrincipalMobileIndex");

            migrationBuilder.CreateIndex(
                name: "IX_bureau_blacklist_Kind_Value",
                table: "bureau_blacklist",
                columns: new[] { "Kind", "Value" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_bureau_registry_businesses_Name",
                table: "bureau_registry_businesses",
                column: "Name");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "bureau_blacklist");

            migrationBuilder.DropTable(
                name: "bureau_registry_businesses");

            migrationBuilder.DropTable(
                name: "bureau_registry_domains");

            migrationBuilder.DropTable(
                name: "bureau_registry_identities");

            migrationBuilder.DropIndex(
                name: "IX_bureau_websites_PrincipalCertificateIndex",
                table: "bureau_websites");

            migrationBuilder.DropIndex(
                name: "IX_bureau_websites_PrincipalMobileIndex",
                table: "bureau_websites");

            migrationBuilder.DropIndex(
                name: "IX_bureau_subjects_PrincipalCertificateIndex",
                table: "bureau_subjects");

            migrationBuilder.DropIndex(
                name: "IX_bureau_subjects_PrincipalMobileIndex",
                table: "bureau_subjects");

            migrationBuilder.DropColumn(
                name: "PrincipalCertificateIndex",
                table: "bureau_websites");

            migrationBuilder.DropColumn(
                name: "PrincipalMobileIndex",
                table: "bureau_websites");

            migrationBuilder.DropColumn(
                name: "PrincipalCertificateIndex",
                table: "bureau_subjects");

            migrationBuilder.DropColumn(
                name: "PrincipalMobileIndex",
                table: "bureau_subjects");
        }
    }
}
