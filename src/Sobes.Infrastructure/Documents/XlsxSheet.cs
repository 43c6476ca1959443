using MiniExcelLibs;
using MiniExcelLibs.Attributes;
using MiniExcelLibs.OpenXml;

namespace Sobes.Infrastructure.Documents;

/// <summary>A plain print-form sheet for MiniExcel: rows of cells in columns A, B, … without a header row, filter or table style.</summary>
internal static class XlsxSheet
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static readonly string[] Keys = ["A", "B", "C", "D", "E", "F", "G", "H", "I"];

    public static Dictionary<string, object?> Row(params object?[] cells) =>
        Keys.Select((k, i) => (k, v: i < cells.Length ? cells[i] : null)).ToDictionary(x => x.k, x => x.v);

    /// <summary>Columns beyond the last one any row fills (and beyond <paramref name="widths"/>) are left out of the sheet.</summary>
    public static byte[] Save(List<Dictionary<string, object?>> rows, string sheetName, IReadOnlyList<int> widths)
    {
        var used = Math.Max(
            widths.Count,
            rows.Select(r => Keys.Select((k, i) => r.GetValueOrDefault(k) is null ? 0 : i + 1).Max()).DefaultIfEmpty(0).Max()
        );
        var keys = Keys[..Math.Min(used, Keys.Length)];
        var trimmed = rows.Select(r => keys.ToDictionary(k => k, k => r.GetValueOrDefault(k))).ToList();
        var config = new OpenXmlConfiguration
        {
            AutoFilter = false, FreezeRowCount = 0, TableStyles = TableStyles.None,
            DynamicColumns = keys.Select((k, i) => new DynamicExcelColumn(k) { Width = i < widths.Count ? widths[i] : 14 }).ToArray(),
        };
        using var stream = new MemoryStream();
        stream.SaveAs(trimmed, printHeader: false, sheetName: sheetName, excelType: ExcelType.XLSX, configuration: config);
        return stream.ToArray();
    }
}
