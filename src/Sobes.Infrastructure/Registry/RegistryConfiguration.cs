using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sobes.Domain.Organisations;
using Sobes.Domain.Registry;

namespace Sobes.Infrastructure.Registry;

internal sealed class CitizenConfiguration : IEntityTypeConfiguration<Citizen>
{
    public void Configure(EntityTypeBuilder<Citizen> e)
    {
        e.Property(x => x.Surname).HasMaxLength(100);
        e.Property(x => x.SurnameKey).HasMaxLength(100);
        e.Property(x => x.NameKey).HasMaxLength(100);
        e.Property(x => x.PatronymicKey).HasMaxLength(100);
        e.Property(x => x.Name).HasMaxLength(100);
        e.Property(x => x.Patronymic).HasMaxLength(100);
        e.Property(x => x.Snils).HasMaxLength(11);
        e.Property(x => x.Phone).HasMaxLength(30);
        e.Property(x => x.Email).HasMaxLength(200);
        e.Property(x => x.Version).IsConcurrencyToken();
        e.Ignore(x => x.FullName);
        e.Ignore(x => x.SnilsFormatted);
        e.HasIndex(x => x.Snils).IsUnique();
        e.HasIndex(x => new { x.TerritoryId, x.SurnameKey, x.NameKey });
        e.HasIndex(x => new { x.SurnameKey, x.NameKey });
        e.HasIndex(x => x.BirthDate);
        e.HasOne<Territory>().WithMany().HasForeignKey(x => x.TerritoryId).OnDelete(DeleteBehavior.Restrict);

        e.OwnsOne(x => x.IdentityDocument, d =>
        {
            d.Property(p => p.Type).HasMaxLength(100).HasColumnName("IdDocType");
            d.Property(p => p.Series).HasMaxLength(20).HasColumnName("IdDocSeries");
            d.Property(p => p.Number).HasMaxLength(30).HasColumnName("IdDocNumber");
            d.Property(p => p.IssueDate).HasColumnName("IdDocIssueDate");
            d.Property(p => p.Issuer).HasMaxLength(300).HasColumnName("IdDocIssuer");
        });
        OwnsAddress(e, x => x.RegistrationAddress, "Reg");
        OwnsAddress(e, x => x.ActualAddress, "Act");
        e.OwnsOne(x => x.PaymentDetails, p =>
        {
            p.Property(x => x.Method).HasColumnName("PayMethod");
            p.Property(x => x.Bik).HasMaxLength(9).HasColumnName("PayBik");
            p.Property(x => x.BankName).HasMaxLength(200).HasColumnName("PayBankName");
            p.Property(x => x.Account).HasMaxLength(20).HasColumnName("PayAccount");
            p.Property(x => x.PostOfficeIndex).HasMaxLength(6).HasColumnName("PayPostIndex");
        });
        e.Navigation(x => x.IdentityDocument).IsRequired();
        e.Navigation(x => x.RegistrationAddress).IsRequired();
        e.Navigation(x => x.ActualAddress).IsRequired();
        e.Navigation(x => x.PaymentDetails).IsRequired();

        e.HasMany(x => x.FamilyTies).WithOne().HasForeignKey(x => x.CitizenId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany(x => x.Categories).WithOne().HasForeignKey(x => x.CitizenId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany(x => x.Documents).WithOne().HasForeignKey(x => x.CitizenId).OnDelete(DeleteBehavior.Cascade);
    }

    private static void OwnsAddress(EntityTypeBuilder<Citizen> e, System.Linq.Expressions.Expression<Func<Citizen, Address?>> nav, string prefix) =>
        e.OwnsOne(nav, a =>
        {
            a.Property(p => p.PostalCode).HasMaxLength(6).HasColumnName(prefix + "PostalCode");
            a.Property(p => p.Region).HasMaxLength(200).HasColumnName(prefix + "Region");
            a.Property(p => p.MunicipalDistrict).HasMaxLength(200).HasColumnName(prefix + "District");
            a.Property(p => p.Settlement).HasMaxLength(200).HasColumnName(prefix + "Settlement");
            a.Property(p => p.Street).HasMaxLength(200).HasColumnName(prefix + "Street");
            a.Property(p => p.House).HasMaxLength(20).HasColumnName(prefix + "House");
            a.Property(p => p.Flat).HasMaxLength(20).HasColumnName(prefix + "Flat");
            a.Ignore(p => p.IsEmpty);
            a.HasIndex(p => new { p.Settlement, p.Street, p.House });
        });
}

internal sealed class FamilyTieConfiguration : IEntityTypeConfiguration<FamilyTie>
{
    public void Configure(EntityTypeBuilder<FamilyTie> e)
    {
        e.Property(x => x.Note).HasMaxLength(500);
        e.HasOne(x => x.Relative).WithMany().HasForeignKey(x => x.RelativeId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(x => new { x.CitizenId, x.RelativeId, x.Relation }).IsUnique();
    }
}

internal sealed class CategoryKindConfiguration : IEntityTypeConfiguration<CategoryKind>
{
    public void Configure(EntityTypeBuilder<CategoryKind> e)
    {
        e.Property(x => x.Code).HasMaxLength(50);
        e.Property(x => x.Name).HasMaxLength(300);
        e.Property(x => x.DocumentName).HasMaxLength(300);
        e.Property(x => x.LegalBasis).HasMaxLength(500);
        e.HasIndex(x => x.Code).IsUnique();
    }
}

internal sealed class CitizenCategoryConfiguration : IEntityTypeConfiguration<CitizenCategory>
{
    public void Configure(EntityTypeBuilder<CitizenCategory> e)
    {
        e.Property(x => x.DocumentType).HasMaxLength(200);
        e.Property(x => x.DocumentSeries).HasMaxLength(20);
        e.Property(x => x.DocumentNumber).HasMaxLength(30);
        e.Property(x => x.DocumentIssuer).HasMaxLength(300);
        e.HasOne(x => x.CategoryKind).WithMany().HasForeignKey(x => x.CategoryKindId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CitizenDocumentConfiguration : IEntityTypeConfiguration<CitizenDocument>
{
    public void Configure(EntityTypeBuilder<CitizenDocument> e)
    {
        e.Property(x => x.Type).HasMaxLength(200);
        e.Property(x => x.Series).HasMaxLength(20);
        e.Property(x => x.Number).HasMaxLength(30);
        e.Property(x => x.Issuer).HasMaxLength(300);
        e.Property(x => x.Note).HasMaxLength(1000);
    }
}
