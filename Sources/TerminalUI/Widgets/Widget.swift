/// Something that draws itself into a rect of a buffer. Rendering never reads the clock or any
/// global state: everything comes in through the widget's properties, so a buffer test is a
/// screenshot of exactly what the terminal will show.
public protocol Widget {
    func render(_ area: Rect, _ buffer: inout Buffer)
}
