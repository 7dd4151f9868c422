using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Beian.Web.Data.Migrations.Sqlite.Bureau
{
    /// <inheritdoc />
    public partial class BureauReviewClock : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "ReviewDueAt",
                table: "bureau_applications",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SubjectCertificateIndex",
                table: "bureau_applications",
                type: "TEXT",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateIndex(
                name: "IX_bureau_applications_State_ReviewDueAt",
                table: "bureau_applications",
                columns: new[] { "State", "ReviewDueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_bureau_applications_SubjectCertificateIndex",
                table: "bureau_applications",
                column: "SubjectCertificateIndex");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_bureau_applications_State_ReviewDueAt",
                table: "bureau_applications");

            migrationBuilder.DropIndex(
                name: "IX_bureau_applications_SubjectCertificateIndex",
                table: "bureau_applications");

            migrationBuilder.DropColumn(
                name: "ReviewDueAt",
                table: "bureau_applications");

            migrationBuilder.DropColumn(
                name: "SubjectCertificateIndex",
                table: "bureau_applications");
        }
    }
}
