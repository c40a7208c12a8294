import Foundation
import TerminalUI

/// Runs the demo's effects on the UI thread: it only hands slow work off (the filter) and returns,
/// except for `:stall`, whose whole point is to block the UI thread.
final class DemoPerformer {
    let queue: MessageQueue<DemoMessage>
    let work: BackgroundWork<DemoMessage>
    let themes: ThemeProvider
    /// Set once the loop exists; the stall draws the frame with its toast before blocking.
    weak var loop: ProgramLoop<DemoProgram>?

    init(queue: MessageQueue<DemoMessage>, themes: ThemeProvider) {
        self.queue = queue
        self.work = BackgroundWork(queue: queue)
        self.themes = themes
    }

    func perform(_ effect: DemoEffect) -> LoopControl {
        switch effect {
        case .quit:
            return .quit
        case .filter(let text, let generation):
            guard !text.isEmpty else {
                _ = work.gate.next()  // anything still running is now stale and stops early
                return .continue
            }
            work.start({ isCurrent in DemoRows.filter(text, isCurrent: isCurrent) },
                       message: { .filtered(Tagged(generation: generation, value: $0.value)) })
        case .loadTheme(let name):
            // A small file read: quick enough to do here, answered through the queue like any result.
            queue.post(.themeLoaded(themes.load(name)))
        case .stall(let seconds):
            loop?.drawFrame(at: .now)
            // Signals cut a sleep short, so sleep again until the time is up.
            var left = seconds
            while left > 0 { left = sleep(left) }
        }
        return .continue
    }
}
