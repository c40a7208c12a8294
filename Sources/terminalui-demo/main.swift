import Foundation
import TerminalUI

// terminalui-demo: exercises TerminalUI for people and for the tmux end-to-end tests.
//   terminalui-demo [--theme NAME] [--themes DIR] [--ascii] [--mouse]

let usage = "usage: terminalui-demo [--theme NAME] [--themes DIR] [--ascii] [--mouse]"
var themeName = "default"
var themesDir: String?
var ascii = false
var mouse = false
var args = CommandLine.arguments.dropFirst()
while let arg = args.popFirst() {
    switch arg {
    case "--theme":
        guard let v = args.popFirst() else { FileHandle.standardError.write(Data((usage + "\n").utf8)); exit(2) }
        themeName = v
    case "--themes":
        guard let v = args.popFirst() else { FileHandle.standardError.write(Data((usage + "\n").utf8)); exit(2) }
        themesDir = v
    case "--ascii": ascii = true
    case "--mouse": mouse = true
    case "-h", "--help": print(usage); exit(0)
    default: FileHandle.standardError.write(Data("unknown argument: \(arg)\n\(usage)\n".utf8)); exit(2)
    }
}

let environment = ProcessInfo.processInfo.environment
let directory = ThemeProvider.findDirectory(explicit: themesDir, environment: environment)
// Check the theme before the screen is taken over, so a bad file is reported on a normal terminal.
var provider = ThemeProvider(loader: directory.map { ThemeLoader(directory: $0, knownSlots: DemoSlots.names) }, depth: .full256, ascii: ascii)
if directory != nil, case .failure(let e) = provider.load(themeName) {
    FileHandle.standardError.write(Data("terminalui-demo: \(e)\n".utf8))
    exit(2)
}

let backend: NcursesBackend
do {
    backend = try NcursesBackend(options: .init(mouse: mouse, environment: environment))
} catch {
    FileHandle.standardError.write(Data("terminalui-demo: \(error)\n".utf8))
    exit(1)
}
provider.depth = backend.colorDepth
let startTheme: Theme
switch provider.load(themeName) {
case .success(let t): startTheme = t
case .failure: startTheme = Theme.builtIn.adding(defaults: DemoSlots.defaults).adapted(to: backend.colorDepth)
}
let queue = MessageQueue<DemoMessage>()
let performer = DemoPerformer(queue: queue, themes: provider)
let model = DemoModel(theme: startTheme, themeNames: provider.names, size: backend.size)
let loop = ProgramLoop(program: DemoProgram(), model: model, terminal: Terminal(backend: backend), queue: queue,
                       tickInterval: .milliseconds(500), perform: performer.perform)
performer.loop = loop
loop.run()
backend.close()
// Told to end (SIGTERM, SIGHUP, SIGINT): the terminal is back to normal; die of the same signal.
if let signal = backend.terminationSignal { TerminationSignals.exit(bySignal: signal) }
