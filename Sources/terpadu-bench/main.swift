// terpadu-bench: speed and memory on generated national-scale data. Build with `-c release`.
//   terpadu-bench core [--workers N]      the domain core on N generated workers (default 1,000,000)
//   terpadu-bench terminal                 rendering and bytes written to the terminal
//   terpadu-bench store [--workers N]     the data directory (needs the terpadu executable beside it)
//   terpadu-bench desk --data DIR          the desk on a pseudo-terminal: keypress to frame, start-up, memory
//   terpadu-bench store-reads [--workers N] a desk's read latency while another process imports
//   terpadu-bench board-tables --data DIR  the board's reads from the journal's tables, and commits keeping them
import Foundation

let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "core":
    runCoreBench(arguments: Array(arguments.dropFirst()))
case "terminal":
    runTerminalBench()
case "store":
    runStoreBench(arguments: Array(arguments.dropFirst()))
case "desk":
    runDeskBench(arguments: Array(arguments.dropFirst()))
case "store-reads":
    runStoreReadsBench(arguments: Array(arguments.dropFirst()))
case "board-tables":
    runBoardTablesBench(arguments: Array(arguments.dropFirst()))
case "store-child":
    runStoreChild(arguments: Array(arguments.dropFirst()))
default:
    print("""
    usage: terpadu-bench core [--workers N] [--seed S]
           terpadu-bench terminal
           terpadu-bench store [--workers N] [--dir DIR] [--keep]
           terpadu-bench desk --data DIR [--width W] [--height H]
           terpadu-bench store-reads [--workers N] [--import N] [--batch N] [--dir DIR] [--keep]
           terpadu-bench board-tables --data DIR [--writes N]
    Build with: swift build -c release, then .build/release/terpadu-bench …
    (store times the terpadu executable beside it and the sqlite3 shell)
    """)
    if let first = arguments.first, !["help", "--help", "-h"].contains(first) { exit(2) }
}
