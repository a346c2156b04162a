<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>CanvasClipboard</name>
    <message>
        <source>Cannot paste: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot paste the images: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images cannot be stored here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large (at most %2 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommentThreadView</name>
    <message>
        <source> · edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · not sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment deleted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeadlessExport</name>
    <message>
        <source>Cannot make a temporary folder for the images: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no drawing %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file name must end in .png, .svg, .pdf or .inkboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no object %1 in the drawing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inkboard drawings (*.inkboard);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is larger than %1 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not an Inkboard drawing (not JSON: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not an Inkboard drawing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no valid version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was written by a newer Inkboard (format version %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the drawing is damaged: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inkboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inkboard cannot open its drawings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image is too large (%1 MB; at most %2 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an image Inkboard can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image is too big (%1 x %2 pixels; at most %3 on a side).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image could not be decoded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot store the image in %1 (is the disk full?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds no list of objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>object %1 is invalid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>object id %1 appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an embedded image has an invalid name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an embedded image is not valid base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an embedded image does not match its hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image would be %1 x %2 pixels; at most %3 on a side. Export at a smaller scale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory for a %1 x %2 image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start the SVG writer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start the PDF writer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown export format &quot;%1&quot;: use .png, .svg or .pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laser pointer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlighter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eraser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diamond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triangle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hexagon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parallelogram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ellipse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sticky note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eraser: parts of strokes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eraser: whole objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move connector end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inkboard::app::BinPage</name>
    <message>
        <source>Deleted drawings stay here until the date shown, then they are deleted for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;tore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete &amp;Forever…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; for good, on the server and on this computer? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; for good? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete forever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the server&apos;s bin…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s bin is not shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on %1 · copy on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy of a drawing on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Deleted %2 · deleted for good after %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bin is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot restore &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is back among the drawings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inkboard::app::DrawingListDialog</name>
    <message>
        <source>Drawings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;In…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign O&amp;ut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawin&amp;gs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put this drawing on the server (it keeps its id and content)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Share…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; from the server and this computer, for everyone it is shared with? It goes to the bin, where you can restore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove your copy of &quot;%1&quot; from this computer? The server keeps it; your copy goes to the bin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Move &quot;%1&quot; to the bin? You can restore it there for %n days.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in to &lt;b&gt;%1&lt;/b&gt; as &lt;b&gt;%2&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawings on this computer. Sign in to share them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the server&apos;s drawings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server no longer accepts your sign-in: sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s drawings are not shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on %1 · %2 · copy on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot keep the drawing on this computer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot rename the drawing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete the drawing: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inkboard::app::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG vector image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transparent background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include comment &amp;markers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inkboard::app::FileFlows</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No drawing is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Drawing File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Drawing to File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (%1);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inkboard::app::FollowController</name>
    <message>
        <source>Stopped following: they left the drawing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inkboard::app::MainWindow</name>
    <message>
        <source>Style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Drawings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save to File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to File &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename Drawing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;In to a Server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign O&amp;ut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish to Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;hare…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Following %1 (pan or zoom to stop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asks everyone to follow them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) you had changed were deleted by %1 at %2, with your changes.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Restore mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore deleted objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) you made offline replaced changes %1 and others made meanwhile (from %2).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) you made offline replaced changes %1 made meanwhile (at %2).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep their changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>You can no longer edit this drawing (its owner made you a viewer). %n change(s) you made are kept on this computer and still shown, but cannot be sent.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>View only: you can look at this drawing, but not change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drawing is open in another window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a drawing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no drawing %1 on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inkboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Inkboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n object(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Saved on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved on this computer · %n change(s) to send</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Saved on this computer · in sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inkboard::app::MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inkboard::app::PeoplePanel</name>
    <message>
        <source>&amp;People here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or double-click: go to where they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask everyone to follow &amp;me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>editing text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pointing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · presenting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · following</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They have not shown where they are yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop &amp;following</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inkboard::app::ServerFlows</name>
    <message>
        <source>You are not signed in to a server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out of %1. Your edits stay on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the drawing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no drawing %2 shared with you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot list the drawings of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a link to an Inkboard drawing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a link to an Inkboard drawing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can view this drawing: the link made you a viewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can edit this drawing: the link made you an editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link does not open anything: it is mistyped, or it expired or was revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many links tried; try again in %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open the link: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inkboard::app::ShareDialog</name>
    <message>
        <source>Share &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who can open this drawing on %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>can edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>can view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot list the members: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharing with %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user %1 on this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot share: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer has access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inkboard::app::ShareLinksPanel</name>
    <message>
        <source>Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>can view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>can edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for 1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for 1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create &amp;Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone &amp;with the link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new link shows here once; copy it then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;voke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link stops working; who joined through it loses access, unless you have set their role since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the drawing&apos;s owner can make and see its links.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot list the links: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making a link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make a link: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link made. Copy it now: it is shown only once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link revoked: it no longer works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot revoke the link: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inkboard::app::SignInDialog</name>
    <message>
        <source>Sign In to a Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server address; type one like https://ink.example.org or 127.0.0.1:8080.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an Inkboard server (GET /info did not answer like one). Check the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot sign in: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inkboard::app::StylePanel</name>
    <message>
        <source>Stroke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corner radius of rectangles (0: square)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Font size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mono</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Font</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bottom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where a shape&apos;s label sits in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vertical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triangle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Straight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elbow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dotted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hatched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note colour %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other color…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill color</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stroke color</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixed: the selection holds several opacities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opacity (mixed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inkboard::app::SyncStatePresenter</name>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is here: click to see them in the People panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline · only on this computer (publish to share)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign-in expired, sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access removed or drawing deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id is taken on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server unreachable, retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s answer is too large to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> · %n pending</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Syncing (%n pending)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> · rate limited, retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · server busy, retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;a href=&quot;people&quot; style=&quot;text-decoration:none&quot;&gt;Here: %1&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inkboard::app::WindowActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring to &amp;Front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring For&amp;ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send Back&amp;ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align &amp;Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align &amp;Centres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align &amp;Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align &amp;Top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align &amp;Middles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align &amp;Bottom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribute &amp;Horizontally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribute &amp;Vertically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy St&amp;yle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste Sty&amp;le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock / Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U&amp;ngroup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rectangle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Diamond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Triangle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hexagon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Parallelogram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sticky &amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom to &amp;Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom to &amp;Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;nap to Objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pen Only (Touch Pans)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Style &amp;Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eraser Cuts &amp;Strokes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Inkboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Inkboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Inkboard %1&lt;/b&gt;&lt;p&gt;A collaborative drawing app with its own sync server.&lt;/p&gt;&lt;p&gt;Licensed under the Apache License 2.0.&lt;/p&gt;&lt;p&gt;Uses Qt %3 (LGPL-3) and the Comic Neue font (SIL Open Font License 1.1).&lt;/p&gt;&lt;p&gt;Profile: %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;lign and Distribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;hape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow &amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Alt+T&lt;/b&gt;, then the Tools menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;Pan&lt;/td&gt;&lt;td&gt;&lt;b&gt;Space&lt;/b&gt;-drag, middle-drag, scroll&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Zoom&lt;/td&gt;&lt;td&gt;&lt;b&gt;Ctrl&lt;/b&gt;+wheel, pinch, &lt;b&gt;+&lt;/b&gt;/&lt;b&gt;-&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Zoom to fit / selection / 100 %&lt;/td&gt;&lt;td&gt;&lt;b&gt;Shift+1&lt;/b&gt; / &lt;b&gt;Shift+2&lt;/b&gt; / &lt;b&gt;Shift+0&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Edit the selected text or shape&apos;s label&lt;/td&gt;&lt;td&gt;&lt;b&gt;Enter&lt;/b&gt; (&lt;b&gt;Esc&lt;/b&gt; or &lt;b&gt;Ctrl+Enter&lt;/b&gt; ends it)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Eraser: whole objects or parts of strokes&lt;/td&gt;&lt;td&gt;&lt;b&gt;E&lt;/b&gt; again&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Nudge&lt;/td&gt;&lt;td&gt;arrow keys (&lt;b&gt;Shift&lt;/b&gt;: 10)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Forward / backward one step&lt;/td&gt;&lt;td&gt;&lt;b&gt;Ctrl+]&lt;/b&gt; / &lt;b&gt;Ctrl+[&lt;/b&gt;, &lt;b&gt;Ctrl+Shift+Up&lt;/b&gt; / &lt;b&gt;Down&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Select the next / previous object&lt;/td&gt;&lt;td&gt;&lt;b&gt;Tab&lt;/b&gt; / &lt;b&gt;Shift+Tab&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Draw or move without binding or snapping&lt;/td&gt;&lt;td&gt;hold &lt;b&gt;Alt&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Snap to objects on / off&lt;/td&gt;&lt;td&gt;&lt;b&gt;Alt+S&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Copy / paste style&lt;/td&gt;&lt;td&gt;&lt;b&gt;Ctrl+Alt+C&lt;/b&gt; / &lt;b&gt;Ctrl+Alt+V&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Align left / centres / right&lt;/td&gt;&lt;td&gt;&lt;b&gt;Alt+Shift+A&lt;/b&gt; / &lt;b&gt;H&lt;/b&gt; / &lt;b&gt;D&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Align top / middles / bottom&lt;/td&gt;&lt;td&gt;&lt;b&gt;Alt+Shift+W&lt;/b&gt; / &lt;b&gt;V&lt;/b&gt; / &lt;b&gt;S&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Distribute across / down&lt;/td&gt;&lt;td&gt;&lt;b&gt;Ctrl+Alt+Shift+H&lt;/b&gt; / &lt;b&gt;V&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Keep ratio, square, 15° steps&lt;/td&gt;&lt;td&gt;hold &lt;b&gt;Shift&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inkboard::app::comments::CommentThreadView</name>
    <message>
        <source>Reply… (@ to mention someone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;solve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a comment… (@ to mention someone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New comment on an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a thread, or press C and click the drawing to comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a deleted object: shown where it last was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment could not be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The thread could not be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment could not be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inkboard::app::comments::CommentsController</name>
    <message>
        <source>&amp;Comment on This Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Comment Here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inkboard::app::comments::CommentsPanel</name>
    <message>
        <source>Show &amp;resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (1 reply)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 replies)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved · %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inkboard::app::history::HistoryModel</name>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 – %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inkboard::app::history::HistoryPanel</name>
    <message>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag to see the drawing as it was (arrow keys step, Escape returns to now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to &amp;Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore Drawing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Se&amp;lection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who changed this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected object&apos;s edits; Enter shows the drawing then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching the history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No history yet: edits show here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Now · %n revision(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Revision %1: where the kept history begins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1 of %2 · %3
%4 · read-only, Escape returns to now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who changed this (select one object)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to restore: it is as it was then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the whole drawing to revision %1? Objects added since are deleted and every other object is put back as it was. You can undo it in one step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Revision %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Restore %n Object(s) from Revision %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>inkboard::app::history::OpSummary</name>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a stroke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 strokes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 highlights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rectangle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rectangles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 shapes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an ellipse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ellipses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an arrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 arrows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resized %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rotated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restyled %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edited the text of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reordered %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locked or unlocked %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grouped or ungrouped %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 and changed %3 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restyled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked or unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grouped or ungrouped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inkboard::canvas::CanvasView</name>
    <message>
        <source>Cut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups can nest at most %1 deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select two or more objects to group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selection holds no group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ungroup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Style copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring to front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send backward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nudge</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inkboard::canvas::TextEditor</name>
    <message>
        <source>Edit label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Inkboard: draw on an infinite canvas, alone or together.
With no argument, the last drawing opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep drawings, images and settings in DIR (also INKBOARD_PROFILE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to the Inkboard server at URL and open DRAWING-ID from it, or its drawing browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name for --server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the password for --user from the first line of standard input and sign in without asking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render FILE or DRAWING-ID to OUT (.png, .svg, .pdf or .inkboard) without a window, then exit: 0 when written, 1 when not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --export: PNG pixels per canvas unit (0.1 to 16, default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --export: only these objects (ids separated by commas; the option may repeat).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A .inkboard file, the id of a local drawing, or a share link (inkboard://HOST/d/ID?k=KEY or https://HOST/d/ID?k=KEY).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
