using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Beian.Web.Data.Migrations.Postgres.Bureau
{
    /// <inheritdoc />
    public partial class Registries : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "PrincipalCertificateIndex",
                schema: "bureau",
                table: "websites",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PrincipalMobileIndex",
                schema: "bureau",
                table: "websites",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PrincipalCertificateIndex",
                schema: "bureau",
                table: "subjects",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PrincipalMobileIndex",
                schema: "bureau",
                table: "subjects",
                type: "text",
                nullable: true);

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
                name: "IX_blacklist_Kind_Value",
                schema: "bureau",
                table: "blacklist",
                columns: new[] { "Kind", "Value" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_registry_businesses_Name",
                schema: "bureau",
                table: "registry_businesses",
                column: "Name");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "blacklist",
                schema: "bureau");

            migrationBuilder.DropTable(
                name: "registry_businesses",
                schema: "bureau");

            migrationBuilder.DropTable(
                name: "registry_domains",
                schema: "bureau");

            migrationBuilder.DropTable(
                name: "registry_identities",
                schema: "bureau");

            migrationBuilder.DropIndex(
                name: "IX_websites_PrincipalCertificateIndex",
                schema: "bureau",
                table: "websites");

            migrationBuilder.DropIndex(
                name: "IX_websites_PrincipalMobileIndex",
                schema: "bureau",
                table: "websites");

            migrationBuilder.DropIndex(
                name: "IX_subjects_PrincipalCertificateIndex",
                schema: "bureau",
                table: "subjects");

            migrationBuilder.DropIndex(
                name: "IX_subjects_PrincipalMobileIndex",
                schema: "bureau",
                table: "subjects");

            migrationBuilder.DropColumn(
                name: "PrincipalCertificateIndex",
                schema: "bureau",
                table: "websites");

            migrationBuilder.DropColumn(
                name: "PrincipalMobileIndex",
                schema: "bureau",
                table: "websites");

            migrationBuilder.DropColumn(
                name: "PrincipalCertificateIndex",
                schema: "bureau",
                table: "subjects");

            migrationBuilder.DropColumn(
                name: "PrincipalMobileIndex",
                schema: "bureau",
                table: "subjects");
        }
    }
}
