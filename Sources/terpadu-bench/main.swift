// terpadu-bench: speed and memory on generated national-scale data. Build with `-c release`.
//   terpadu-bench core [--workers N]      the domain core on N generated workers (default 1,000,000)
//   terpadu-bench terminal                 rendering and bytes written to the terminal
//   terpadu-bench store                    the data directory
import Foundation

let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "core":
    runCoreBench(arguments: Array(arguments.dropFirst()))
case "terminal":
    runTerminalBench()
default:
    print("""
    usage: terpadu-bench core [--workers N] [--seed S]
           terpadu-bench terminal
           terpadu-bench store
    Build with: swift run -c release terpadu-bench core
    """)
    if let first = arguments.first, !["help", "--help", "-h"].contains(first) { exit(2) }
}
