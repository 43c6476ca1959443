namespace Sobes.Infrastructure.Applications;

/// <summary>A printed form (.docx) or a journal (.xlsx) of the Applications module, ready to download.</summary>
public sealed record ApplicationFile(byte[] Content, string FileName, string ContentType)
{
    public const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
}
