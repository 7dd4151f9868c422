using Beian.Webhooks;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Beian.Web.Features.Webhooks;

/// <summary>
/// The OpenAPI document's webhooks section: one entry per event type with its payload (version 1), how it is signed
/// and how a receiver answers; and the API key as a bearer security scheme.
/// </summary>
internal static class WebhooksDocument
{
    private const string Signing =
        "每次推送以 POST 发送 JSON。请求头：Beian-Event-Id（事件ID，重试与重新推送时不变，接收方据此去重）、Beian-Event-Type、" +
        "Beian-Signature: t=时间戳,v1=签名（HMAC-SHA256(密钥, \"时间戳.请求体\") 的十六进制；更换密钥后24小时内另附旧密钥的 v1）。" +
        "请用常量时间比较签名，并拒绝与本地时间相差超过5分钟的时间戳。返回 2xx 即视为送达；其他状态或超时（10秒）将按30秒起、逐次加倍、最长6小时的间隔重试至少24小时，之后搁置，可在控制台或接口重新推送。" +
        "推送可能并行送达、顺序不保证：请按 occurredAt 与事件ID排序。";

    public static async Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken ct)
    {
        document.Webhooks ??= new Dictionary<string, IOpenApiPathItem>();
        foreach (var type in WebhookEventTypes.All)
        {
            var payload = PayloadOf(type);
            var name = "Webhook" + string.Concat(type.Split('.', '_').Select(p => char.ToUpperInvariant(p[0]) + p[1..]));
            document.AddComponent(name, await context.GetOrCreateSchemaAsync(payload, null, ct));
            document.Webhooks[type] = new OpenApiPathItem
            {
                Operations = new Dictionary<HttpMethod, OpenApiOperation>
                {
                    [HttpMethod.Post] = new()
                    {
                        OperationId = "Webhook_" + type,
                        Summary = WebhookEventTypes.ChineseName(type) + "（" + type + "）",
                        Description = Signing,
                        Tags = new HashSet<OpenApiTagReference> { new("事件推送", document) },
                        RequestBody = new OpenApiRequestBody
                        {
                            Required = true,
                            Content = new Dictionary<string, OpenApiMediaType> { ["application/json"] = new() { Schema = new OpenApiSchemaReference(name, document) } },
                        },
                        Responses = new OpenApiResponses { ["2XX"] = new OpenApiResponse { Description = "已收到；其他状态将重试" } },
                    },
                },
            };
        }

        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes["apiKey"] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "API 密钥（bk_ 开头，在控制台“开发者设置”创建）：Authorization: Bearer 密钥。只能调用标明其权限范围的接口；不能登录控制台。",
        };
    }

    private static Type PayloadOf(string type) => type.Split('.')[0] switch
    {
        "order" => typeof(WebhookEnvelope<OrderEventData>),
        "record" => typeof(WebhookEnvelope<RecordEventData>),
        "case" => typeof(WebhookEnvelope<CaseEventData>),
        _ => typeof(WebhookEnvelope<ServiceCodeEventData>),
    };
}
