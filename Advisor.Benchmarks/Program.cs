using Advisor.Benchmarks.Load;
using BenchmarkDotNet.Running;

// "load" drives a running host over HTTP (Load/); "ranker-memory" measures the personal layer's
// memory per person (Personalization/RankerMemory.cs); anything else is a BenchmarkDotNet run.
if (args.Length > 0 && args[0] == "load") return await LoadCommand.RunAsync(args[1..]);
if (args.Length > 0 && args[0] == "ranker-memory") return Advisor.Benchmarks.Personalization.RankerMemory.Run(args[1..]);

BenchmarkSwitcher.FromAssembly(typeof(LoadCommand).Assembly).Run(args);
return 0;
