using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Beian.Web.Data.Migrations.Postgres.Provider
{
    /// <inheritdoc />
    public partial class SecurityPhoneAndRecordTransfers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SecurityPhone",
                schema: "provider",
                table: "AspNetUsers",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "SecurityPhoneSetAt",
                schema: "provider",
                table: "AspNetUsers",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "record_transfers",
                schema: "provider",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    FromAccountId = table.Column<Guid>(type: "uuid", nullable: false),
                    ToAccountId = table.Column<Guid>(type: "uuid", nullable: false),
                    SubjectIcpNumber = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    SubjectName = table.Column<string>(type: "text", nullable: false),
                    RequestedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    State = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    DecidedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Offline = table.Column<bool>(type: "boolean", nullable: false),
                    Note = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_record_transfers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "security_codes",
                schema: "provider",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AccountId = table.Column<Guid>(type: "uuid", nullable: false),
                    Purpose = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Phone = table.Column<string>(type: "text", nullable: false),
                    Hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    SentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Failures = table.Column<int>(type: "integer", nullable: false),
                    UsedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_security_codes", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_record_transfers_FromAccountId_State",
                schema: "provider",
                table: "record_transfers",
                columns: new[] { "FromAccountId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_record_transfers_ToAccountId_State",
                schema: "provider",
                table: "record_transfers",
                columns: new[] { "ToAccountId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_security_codes_AccountId_SentAt",
                schema: "provider",
                table: "security_codes",
                columns: new[] { "AccountId", "SentAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "record_transfers",
                schema: "provider");

            migrationBuilder.DropTable(
                name: "security_codes",
                schema: "provider");

            migrationBuilder.DropColumn(
                name: "SecurityPhone",
                schema: "provider",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "SecurityPhoneSetAt",
                schema: "provider",
                table: "AspNetUsers");
        }
    }
}
