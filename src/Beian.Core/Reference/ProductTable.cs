using System.Collections.Frozen;

namespace Beian.Reference;

/// <summary>A cloud product that grants filing service codes (支持ICP备案的云产品), entities.md §E11.</summary>
/// <param name="Type">The product key, e.g. ecs.</param>
/// <param name="Name">The product's Chinese name.</param>
/// <param name="CodesPerUnit">Service codes (websites) per instance, or per account where <paramref name="PerAccount"/>.</param>
/// <param name="PerAccount">The quota counts per account, not per instance (弹性Web托管).</param>
/// <param name="MinMonths">Shortest purchase including renewals.</param>
/// <param name="MinOrderYuan">Smallest single order, where the table sets one.</param>
/// <param name="RequiresBandwidth">Needs public bandwidth (公网带宽).</param>
/// <param name="PayAsYouGoAllowed">Pay-as-you-go billing is eligible.</param>
/// <param name="Rule">The product's own rule where the spec gives it one (R-CODE-17 site builder, R-CODE-20 IoT package); its refusals carry it.</param>
public sealed record Product(string Type, string Name, int CodesPerUnit, bool PerAccount, int MinMonths, int? MinOrderYuan, bool RequiresBandwidth, bool PayAsYouGoAllowed, string? Rule = null);

/// <summary>The product table, read from the versioned data file <c>products.json</c>.</summary>
public static class ProductTable
{
    private static readonly Lazy<FileShape> Data = new(() => ReferenceData.Read<FileShape>("products.json"));
    private static readonly Lazy<FrozenDictionary<string, Product>> ByType = new(() => Data.Value.Products.ToFrozenDictionary(p => p.Type));

    public static IReadOnlyList<Product> All => Data.Value.Products;

    public static Product? Find(string type) => ByType.Value.GetValueOrDefault(type);

    private sealed record FileShape(string Version, Product[] Products);
}
