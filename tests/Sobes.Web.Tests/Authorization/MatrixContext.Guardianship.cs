using System.Net;
using Sobes.Web.Tests.Guardianship;
using Sobes.Web.Tests.Support;

namespace Sobes.Web.Tests.Authorization;

/// <summary>Guardianship records of the Kasli department for the probes, made by its specialist; each change gets fresh ones.</summary>
public sealed partial class MatrixContext
{
    private Task<long>? _readableChild;
    private Task<(long Contract, long[] Children)>? _readableContract;

    public Task<long> ReadableChildAsync() => _readableChild ??= GuardianshipData.ChildAsync(Host);

    public async Task<long> ReadableContractAsync() => (await (_readableContract ??= GuardianshipData.ContractAsync(Host))).Contract;

    public Task<long> NewChildInCareAsync() => GuardianshipData.ChildAsync(Host);

    public Task<long> NewChildCitizenAsync() => GuardianshipData.CitizenAsync(Host, new DateOnly(2016, 3, 3), Registry.KasliCode);

    public Task<long> NewParentAsync() => GuardianshipData.ParentAsync(Host);

    public async Task<(long Contract, long Child)> NewContractAsync()
    {
        var (contract, children) = await GuardianshipData.ContractAsync(Host);
        return (contract, children[0]);
    }

    /// <summary>A fresh child in care with an open schooling record: (child, schooling).</summary>
    public async Task<(long Child, long Schooling)> NewSchoolingAsync()
    {
        var child = await NewChildInCareAsync();
        var s = await (await Host.LoginAsync("specialist"))
            .PostJson(
                $"{GuardianshipData.Url}/children/{child}/schooling",
                new
                {
                    school = "МОУ «СОШ № 24» г. Касли",
                    ownership = "municipal",
                    from = "2023-09-01",
                    certificate = "Справка № 5",
                }
            )
            .Json(HttpStatusCode.Created);
        return (child, s.Id());
    }
}
