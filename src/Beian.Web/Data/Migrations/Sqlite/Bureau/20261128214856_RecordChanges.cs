using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Beian.Web.Data.Migrations.Sqlite.Bureau
{
    /// <inheritdoc />
    public partial class RecordChanges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "NoProviderSince",
                table: "bureau_websites",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CertificateAddress",
                table: "bureau_subjects",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<long>(
                name: "EmptySince",
                table: "bureau_subjects",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MailingAddress",
                table: "bureau_subjects",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "TargetIcpNumber",
                table: "bureau_applications",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "NoProviderSince",
                table: "bureau_websites");

            migrationBuilder.DropColumn(
                name: "CertificateAddress",
                table: "bureau_subjects");

            migrationBuilder.DropColumn(
                name: "EmptySince",
                table: "bureau_subjects");

            migrationBuilder.DropColumn(
                name: "MailingAddress",
                table: "bureau_subjects");

            migrationBuilder.DropColumn(
                name: "TargetIcpNumber",
                table: "bureau_applications");
        }
    }
}
