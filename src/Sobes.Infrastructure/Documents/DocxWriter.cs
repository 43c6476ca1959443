using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Sobes.Infrastructure.Documents;

/// <summary>
/// A small .docx builder for the system's printed forms (notices, decisions, journals): paragraphs with bold runs, headings and tables,
/// Times New Roman 12 pt on A4 with the usual margins. Build() returns the file's bytes.
/// </summary>
public sealed class DocxWriter(bool landscape = false)
{
    private const string Font = "Times New Roman";
    private readonly List<OpenXmlElement> _body = [];

    /// <summary>Journals are wide tables: A4 landscape (a journal page of the regulation's appendices 6, 7, 13).</summary>
    public bool Landscape { get; } = landscape;

    public enum Align { Left, Center, Right, Both }

    /// <summary>A text run; bold where the form wants emphasis.</summary>
    public readonly record struct Text(string Value, bool Bold = false);

    public DocxWriter Heading(string text) => Paragraph([new Text(text, true)], Align.Center, sizePt: 14, spaceAfterPt: 6);

    public DocxWriter Paragraph(string text, bool bold = false, Align align = Align.Both) => Paragraph([new Text(text, bold)], align);

    /// <summary>«Label: value» with the label in bold.</summary>
    public DocxWriter Field(string label, string? value) => Paragraph([new Text(label + ": ", true), new Text(value ?? "—")], Align.Left);

    public DocxWriter Paragraph(IEnumerable<Text> runs, Align align = Align.Both, int sizePt = 12, int spaceAfterPt = 3)
    {
        var p = new Paragraph(
            new ParagraphProperties(
                new SpacingBetweenLines
                {
                    After = (spaceAfterPt * 20).ToString(),
                    Line = "240",
                    LineRule = LineSpacingRuleValues.Auto,
                },
                new Justification
                {
                    Val = align switch
                    {
                        Align.Center => JustificationValues.Center,
                        Align.Right => JustificationValues.Right,
                        Align.Both => JustificationValues.Both,
                        _ => JustificationValues.Left,
                    },
                }
            )
        );
        foreach (var r in runs) p.Append(Run(r, sizePt));
        _body.Add(p);
        return this;
    }

    public DocxWriter Empty() => Paragraph("");


    public DocxWriter PageBreak()
    {
        _body.Add(new Paragraph(new Run(new Break { Type = BreakValues.Page })));
        return this;
    }

    /// <summary>A table with a bold header row and thin borders; widths in percent of the text width (optional).</summary>
    public DocxWriter Table(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows, IReadOnlyList<int>? widthsPercent = null)
    {
        var table = new Table(
            new TableProperties(
                new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
                new TableBorders(
                    new TopBorder { Val = BorderValues.Single, Size = 4 },
                    new BottomBorder { Val = BorderValues.Single, Size = 4 },
                    new LeftBorder { Val = BorderValues.Single, Size = 4 },
                    new RightBorder { Val = BorderValues.Single, Size = 4 },
                    new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 },
                    new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 }
                )
            )
        );
        table.Append(Row(headers, bold: true, widthsPercent));
        foreach (var r in rows) table.Append(Row(r, bold: false, widthsPercent));
        _body.Add(table);
        _body.Add(new Paragraph());
        return this;
    }

    public byte[] Build()
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            var styles = main.AddNewPart<StyleDefinitionsPart>();
            styles.Styles = new Styles(new DocDefaults(
                new RunPropertiesDefault(new RunProperties(new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font, EastAsia = Font },
                    new FontSize { Val = "24" }, new Languages { Val = "ru-RU" })),
                new ParagraphPropertiesDefault()));
            var body = new Body(_body.Select(e => e.CloneNode(true)));
            body.Append(Landscape
                ? new SectionProperties(
                    new PageSize { Width = 16838, Height = 11906, Orient = PageOrientationValues.Landscape },
                    new PageMargin { Top = 850, Bottom = 850, Left = 1134, Right = 850, Header = 709, Footer = 709, Gutter = 0 })
                : new SectionProperties(
                    new PageSize { Width = 11906, Height = 16838 },
                    new PageMargin { Top = 1134, Bottom = 1134, Left = 1701, Right = 850, Header = 709, Footer = 709, Gutter = 0 }));
            main.Document = new Document(body);
            main.Document.Save();
        }
        return stream.ToArray();
    }

    private static Run Run(Text t, int sizePt)
    {
        var props = new RunProperties();
        if (t.Bold) props.Append(new Bold());
        if (sizePt != 12) props.Append(new FontSize { Val = (sizePt * 2).ToString() });
        return new Run(props, new DocumentFormat.OpenXml.Wordprocessing.Text(t.Value) { Space = SpaceProcessingModeValues.Preserve });
    }

    private static TableRow Row(IReadOnlyList<string> cells, bool bold, IReadOnlyList<int>? widths)
    {
        var row = new TableRow();
        for (var i = 0; i < cells.Count; i++)
        {
            var cellProps = new TableCellProperties();
            if (widths is not null && i < widths.Count)
                cellProps.Append(new TableCellWidth { Width = (widths[i] * 50).ToString(), Type = TableWidthUnitValues.Pct });
            var p = new Paragraph(new ParagraphProperties(new SpacingBetweenLines { After = "0" }), Run(new Text(cells[i], bold), 11));
            row.Append(new TableCell(cellProps, p));
        }
        return row;
    }
}
