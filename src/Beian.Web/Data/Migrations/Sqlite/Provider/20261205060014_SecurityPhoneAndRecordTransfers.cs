using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Beian.Web.Data.Migrations.Sqlite.Provider
{
    /// <inheritdoc />
    public partial class SecurityPhoneAndRecordTransfers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SecurityPhone",
                table: "provider_AspNetUsers",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "SecurityPhoneSetAt",
                table: "provider_AspNetUsers",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "provider_record_transfers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FromAccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ToAccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SubjectIcpNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SubjectName = table.Column<string>(type: "TEXT", nullable: false),
                    RequestedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Offline = table.Column<bool>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_provider_record_transfers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "provider_security_codes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Phone = table.Column<string>(type: "TEXT", nullable: false),
                    Hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Failures = table.Column<int>(type: "INTEGER", nullable: false),
                    UsedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_provider_security_codes", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_provider_record_transfers_FromAccountId_State",
                table: "provider_record_transfers",
                columns: new[] { "FromAccountId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_provider_record_transfers_ToAccountId_State",
                table: "provider_record_transfers",
                columns: new[] { "ToAccountId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_provider_security_codes_AccountId_SentAt",
                table: "provider_security_codes",
                columns: new[] { "AccountId", "SentAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "provider_record_transfers");

            migrationBuilder.DropTable(
                name: "provider_security_codes");

            migrationBuilder.DropColumn(
                name: "SecurityPhone",
                table: "provider_AspNetUsers");

            migrationBuilder.DropColumn(
                name: "SecurityPhoneSetAt",
                table: "provider_AspNetUsers");
        }
    }
}
