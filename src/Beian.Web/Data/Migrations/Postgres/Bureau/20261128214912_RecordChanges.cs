using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Beian.Web.Data.Migrations.Postgres.Bureau
{
    /// <inheritdoc />
    public partial class RecordChanges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "NoProviderSince",
                schema: "bureau",
                table: "websites",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CertificateAddress",
                schema: "bureau",
                table: "subjects",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "EmptySince",
                schema: "bureau",
                table: "subjects",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MailingAddress",
                schema: "bureau",
                table: "subjects",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "TargetIcpNumber",
                schema: "bureau",
                table: "applications",
                type: "text",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "NoProviderSince",
                schema: "bureau",
                table: "websites");

            migrationBuilder.DropColumn(
                name: "CertificateAddress",
                schema: "bureau",
                table: "subjects");

            migrationBuilder.DropColumn(
                name: "EmptySince",
                schema: "bureau",
                table: "subjects");

            migrationBuilder.DropColumn(
                name: "MailingAddress",
                schema: "bureau",
                table: "subjects");

            migrationBuilder.DropColumn(
                name: "TargetIcpNumber",
                schema: "bureau",
                table: "applications");
        }
    }
}
