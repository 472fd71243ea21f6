#if canImport(Glibc)
import Glibc
#endif

// The whole program: run the command line, flush, exit with its code.
let code = TrackerCLI.run(arguments: Array(CommandLine.arguments.dropFirst()), environment: ProcessEnvironment.current())
exit(code)
