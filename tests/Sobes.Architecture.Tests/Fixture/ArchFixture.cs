// Deliberately wrong references for ModuleEdgesSelfTests; nothing else uses these types.
#pragma warning disable CS0169, CS0649

namespace ArchFixture.Domain.Measures
{
    public sealed class Measure
    {
        public ArchFixture.Domain.Registry.Citizen? Citizen;
    }
}

namespace ArchFixture.Domain.Registry
{
    public sealed class Citizen;

    public sealed class CitizenWithMeasure
    {
        private ArchFixture.Domain.Measures.Measure? _measure;
    }
}

namespace ArchFixture.Domain.Payments
{
    public sealed class Accrual;
}

namespace ArchFixture.Infrastructure.Payments
{
    public sealed class Allowed
    {
        public ArchFixture.Domain.Measures.Measure? Measure;
    }
}

namespace ArchFixture.Infrastructure.Measures
{
    public sealed class LooksAtPayments
    {
        public int Count(IEnumerable<object> rows) => rows.OfType<List<ArchFixture.Domain.Payments.Accrual>>().Count();
    }
}

namespace ArchFixture.Domain.Common
{
    public sealed class Helper
    {
        public object Make() => new ArchFixture.Domain.Registry.Citizen();
    }
}
