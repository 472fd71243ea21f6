#if canImport(Glibc)
import Glibc
#endif

// The whole program: run the command line, flush, exit with its code.
let environment = ProcessEnvironment.current()
let code = switch RawArguments.current() {
case .success(let arguments): TrackerCLI.run(arguments: arguments, environment: environment)
case .failure(let notUTF8): TrackerCLI.refuse(notUTF8, environment: environment)
}
exit(code)
