using Nanwu.Rendering.Templates;

namespace Nanwu.Rendering.Public.Models;

/// <summary>
/// A notice or case laid out to print on one sheet (A4 or A3): its text, and a QR code that
/// opens its page. <see cref="Density"/> (normal, dense, densest) is chosen by length so
/// the text fits the sheet.
/// </summary>
public sealed record PosterPage(
    string Paper,
    string Kind,
    string Title,
    string Summary,
    Html Body,
    string Publisher,
    string Published,
    bool IsExpired,
    Html Qr,
    string Address,
    string ReportChannel,
    string Phone,
    string Density,
    PublicLink Back,
    PublicLink Other);
