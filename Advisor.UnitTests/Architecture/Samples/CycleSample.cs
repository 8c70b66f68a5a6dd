// Two namespaces that use each other on purpose, so the cycle test can show it finds a cycle.
// The types live in the test assembly, which the production check does not read.
namespace Advisor.UnitTests.Architecture.Samples.Forward
{
    /// <summary>Uses the backward namespace in a method body only.</summary>
    public sealed class Front
    {
        /// <summary>Makes the edge Forward → Backward through a constructor call.</summary>
        public object Make() => new Backward.Back();
    }
}

namespace Advisor.UnitTests.Architecture.Samples.Backward
{
    /// <summary>Uses the forward namespace in a field's type.</summary>
    public sealed class Back
    {
        /// <summary>Makes the edge Backward → Forward through a signature.</summary>
        public Forward.Front? Partner { get; set; }
    }
}
