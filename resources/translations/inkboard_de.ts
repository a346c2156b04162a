<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>BoundedRead</name>
    <message>
        <source>the file is larger than %1 MB.</source>
        <translation>die Datei ist größer als %1 MB.</translation>
    </message>
</context>
<context>
    <name>CanvasClipboard</name>
    <message>
        <source>Cannot paste: %1</source>
        <translation>Einfügen nicht möglich: %1</translation>
    </message>
    <message>
        <source>Cannot paste the images: %1</source>
        <translation>Die Bilder können nicht eingefügt werden: %1</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <source>Images cannot be stored here.</source>
        <translation>Bilder können hier nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Insert image</source>
        <translation>Bild einfügen</translation>
    </message>
    <message>
        <source>%1 is too large (at most %2 MB).</source>
        <translation>%1 ist zu groß (höchstens %2 MB).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cannot paste the Excalidraw elements: they are larger than %1 MB.</source>
        <translation>Die Excalidraw-Elemente können nicht eingefügt werden: Sie sind größer als %1 MB.</translation>
    </message>
    <message>
        <source>Cannot paste the Excalidraw elements: %1</source>
        <translation>Die Excalidraw-Elemente können nicht eingefügt werden: %1</translation>
    </message>
    <message>
        <source>There is nothing Inkboard can draw in it.</source>
        <translation>Darin ist nichts, was Inkboard zeichnen kann.</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
</context>
<context>
    <name>CommentThreadView</name>
    <message>
        <source> · edited</source>
        <translation> · bearbeitet</translation>
    </message>
    <message>
        <source> · not sent yet</source>
        <translation> · noch nicht gesendet</translation>
    </message>
    <message>
        <source>Comment deleted</source>
        <translation>Kommentar gelöscht</translation>
    </message>
</context>
<context>
    <name>ExcalidrawReader</name>
    <message>
        <source>is not a number</source>
        <translation>ist keine Zahl</translation>
    </message>
    <message>
        <source>is out of range</source>
        <translation>liegt außerhalb des zulässigen Bereichs</translation>
    </message>
    <message>
        <source>is not text</source>
        <translation>ist kein Text</translation>
    </message>
    <message>
        <source>is not true or false</source>
        <translation>ist weder wahr noch falsch</translation>
    </message>
    <message>
        <source>is not a list</source>
        <translation>ist keine Liste</translation>
    </message>
    <message>
        <source>is not an object</source>
        <translation>ist kein Objekt</translation>
    </message>
    <message>
        <source>has more than %1 points</source>
        <translation>hat mehr als %1 Punkte</translation>
    </message>
    <message>
        <source>holds a point that is not two numbers</source>
        <translation>enthält einen Punkt, der nicht aus zwei Zahlen besteht</translation>
    </message>
    <message>
        <source>element %1: &quot;%2&quot; %3</source>
        <translation>Element %1: „%2“ %3</translation>
    </message>
    <message>
        <source>it holds no list of elements.</source>
        <translation>sie enthält keine Liste von Elementen.</translation>
    </message>
    <message>
        <source>it has %1 elements; Inkboard takes at most %2.</source>
        <translation>sie hat %1 Elemente; Inkboard nimmt höchstens %2.</translation>
    </message>
    <message>
        <source>its &quot;files&quot; is not an object.</source>
        <translation>ihr „files“ ist kein Objekt.</translation>
    </message>
    <message>
        <source>element %1 is not an object.</source>
        <translation>Element %1 ist kein Objekt.</translation>
    </message>
    <message>
        <source>it is not an Excalidraw scene (not JSON: %1 at byte %2).</source>
        <translation>sie ist keine Excalidraw-Szene (kein JSON: %1 bei Byte %2).</translation>
    </message>
    <message>
        <source>it is not an Excalidraw scene.</source>
        <translation>sie ist keine Excalidraw-Szene.</translation>
    </message>
</context>
<context>
    <name>ForeignFile</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Inkboard does not read this kind of file.</source>
        <translation>Inkboard liest diese Art von Datei nicht.</translation>
    </message>
    <message>
        <source>Excalidraw drawings (*.excalidraw);;SVG images (*.svg)</source>
        <translation>Excalidraw-Zeichnungen (*.excalidraw);;SVG-Bilder (*.svg)</translation>
    </message>
</context>
<context>
    <name>HeadlessExport</name>
    <message>
        <source>Cannot make a temporary folder for the images: %1</source>
        <translation>Es kann kein temporärer Ordner für die Bilder angelegt werden: %1</translation>
    </message>
    <message>
        <source>There is no drawing %1 in %2.</source>
        <translation>In %2 gibt es keine Zeichnung %1.</translation>
    </message>
    <message>
        <source>There is no object %1 in the drawing.</source>
        <translation>Die Zeichnung enthält kein Objekt %1.</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>%1: the file name must end in .png, .svg, .pdf, .excalidraw or .inkboard.</source>
        <translation>%1: Der Dateiname muss auf .png, .svg, .pdf, .excalidraw oder .inkboard enden.</translation>
    </message>
</context>
<context>
    <name>ImportResult</name>
    <message>
        <source>1 embeddable</source>
        <translation>1 eingebettetes Element</translation>
    </message>
    <message>
        <source>%1 embeddables</source>
        <translation>%1 eingebettete Elemente</translation>
    </message>
    <message>
        <source>1 iframe</source>
        <translation>1 iframe</translation>
    </message>
    <message>
        <source>%1 iframes</source>
        <translation>%1 iframes</translation>
    </message>
    <message>
        <source>1 image without a readable picture</source>
        <translation>1 Bild ohne lesbaren Bildinhalt</translation>
    </message>
    <message>
        <source>%1 images without a readable picture</source>
        <translation>%1 Bilder ohne lesbaren Bildinhalt</translation>
    </message>
    <message>
        <source>1 linked image</source>
        <translation>1 verlinktes Bild</translation>
    </message>
    <message>
        <source>%1 linked images</source>
        <translation>%1 verlinkte Bilder</translation>
    </message>
    <message>
        <source>1 gradient or pattern fill</source>
        <translation>1 Verlaufs- oder Musterfüllung</translation>
    </message>
    <message>
        <source>%1 gradient or pattern fills</source>
        <translation>%1 Verlaufs- oder Musterfüllungen</translation>
    </message>
    <message>
        <source>1 path fill (drawn as its outline)</source>
        <translation>1 Pfadfüllung (als Umriss gezeichnet)</translation>
    </message>
    <message>
        <source>%1 path fills (drawn as their outlines)</source>
        <translation>%1 Pfadfüllungen (als Umrisse gezeichnet)</translation>
    </message>
    <message>
        <source>1 arrow end left unbound</source>
        <translation>1 Pfeilende blieb unverbunden</translation>
    </message>
    <message>
        <source>%1 arrow ends left unbound</source>
        <translation>%1 Pfeilenden blieben unverbunden</translation>
    </message>
    <message>
        <source>1 %1 element</source>
        <translation>1 Element vom Typ %1</translation>
    </message>
    <message>
        <source>%1 %2 elements</source>
        <translation>%1 Elemente vom Typ %2</translation>
    </message>
    <message>
        <source>1 element could not be kept: %1</source>
        <translation>1 Element konnte nicht übernommen werden: %1</translation>
    </message>
    <message>
        <source>%1 elements could not be kept: %2</source>
        <translation>%1 Elemente konnten nicht übernommen werden: %2</translation>
    </message>
    <message>
        <source>a %1 is invalid: %2</source>
        <translation>ein %1 ist ungültig: %2</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Inkboard drawings (*.inkboard);;All files (*)</source>
        <translation>Inkboard-Zeichnungen (*.inkboard);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>it is not an Inkboard drawing (not JSON: %1).</source>
        <translation>es ist keine Inkboard-Zeichnung (kein JSON: %1).</translation>
    </message>
    <message>
        <source>no object</source>
        <translation>kein Objekt</translation>
    </message>
    <message>
        <source>it is not an Inkboard drawing.</source>
        <translation>es ist keine Inkboard-Zeichnung.</translation>
    </message>
    <message>
        <source>it has no valid version.</source>
        <translation>es hat keine gültige Version.</translation>
    </message>
    <message>
        <source>it was written by a newer Inkboard (format version %1).</source>
        <translation>es wurde von einem neueren Inkboard geschrieben (Formatversion %1).</translation>
    </message>
    <message>
        <source>the drawing is damaged: %1.</source>
        <translation>die Zeichnung ist beschädigt: %1.</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>jemand</translation>
    </message>
    <message>
        <source>%1 is editing</source>
        <translation>%1 bearbeitet gerade</translation>
    </message>
    <message>
        <source>Inkboard</source>
        <translation>Inkboard</translation>
    </message>
    <message>
        <source>Inkboard cannot open its drawings: %1</source>
        <translation>Inkboard kann seine Zeichnungen nicht öffnen: %1</translation>
    </message>
    <message>
        <source>The image is empty.</source>
        <translation>Das Bild ist leer.</translation>
    </message>
    <message>
        <source>The image is too large (%1 MB; at most %2 MB).</source>
        <translation>Das Bild ist zu groß (%1 MB; höchstens %2 MB).</translation>
    </message>
    <message>
        <source>This is not an image Inkboard can read.</source>
        <translation>Dieses Bild kann Inkboard nicht lesen.</translation>
    </message>
    <message>
        <source>The image is too big (%1 x %2 pixels; at most %3 on a side).</source>
        <translation>Das Bild ist zu groß (%1 × %2 Pixel; höchstens %3 je Seite).</translation>
    </message>
    <message>
        <source>The image could not be decoded: %1</source>
        <translation>Das Bild konnte nicht dekodiert werden: %1</translation>
    </message>
    <message>
        <source>Cannot store the image in %1 (is the disk full?).</source>
        <translation>Das Bild kann nicht in %1 gespeichert werden (ist die Festplatte voll?).</translation>
    </message>
    <message>
        <source>it holds no list of objects</source>
        <translation>es enthält keine Objektliste</translation>
    </message>
    <message>
        <source>object %1 is invalid: %2</source>
        <translation>Objekt %1 ist ungültig: %2</translation>
    </message>
    <message>
        <source>object id %1 appears twice</source>
        <translation>die Objekt-ID %1 kommt zweimal vor</translation>
    </message>
    <message>
        <source>an embedded image has an invalid name</source>
        <translation>ein eingebettetes Bild hat einen ungültigen Namen</translation>
    </message>
    <message>
        <source>an embedded image is not valid base64</source>
        <translation>ein eingebettetes Bild ist kein gültiges Base64</translation>
    </message>
    <message>
        <source>an embedded image does not match its hash</source>
        <translation>ein eingebettetes Bild passt nicht zu seinem Hash</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>There is nothing to export.</source>
        <translation>Es gibt nichts zu exportieren.</translation>
    </message>
    <message>
        <source>The image would be %1 x %2 pixels; at most %3 on a side. Export at a smaller scale.</source>
        <translation>Das Bild wäre %1 × %2 Pixel groß; höchstens %3 je Seite. Exportieren Sie in einem kleineren Maßstab.</translation>
    </message>
    <message>
        <source>Not enough memory for a %1 x %2 image.</source>
        <translation>Nicht genug Speicher für ein Bild mit %1 × %2 Pixeln.</translation>
    </message>
    <message>
        <source>Cannot start the SVG writer.</source>
        <translation>Der SVG-Export kann nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Cannot start the PDF writer.</source>
        <translation>Der PDF-Export kann nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Select</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <source>Hand</source>
        <translation>Hand</translation>
    </message>
    <message>
        <source>Laser pointer</source>
        <translation>Laserpointer</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Pen</source>
        <translation>Stift</translation>
    </message>
    <message>
        <source>Highlighter</source>
        <translation>Textmarker</translation>
    </message>
    <message>
        <source>Eraser</source>
        <translation>Radierer</translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation>Rechteck</translation>
    </message>
    <message>
        <source>Diamond</source>
        <translation>Raute</translation>
    </message>
    <message>
        <source>Triangle</source>
        <translation>Dreieck</translation>
    </message>
    <message>
        <source>Hexagon</source>
        <translation>Sechseck</translation>
    </message>
    <message>
        <source>Parallelogram</source>
        <translation>Parallelogramm</translation>
    </message>
    <message>
        <source>Ellipse</source>
        <translation>Ellipse</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linie</translation>
    </message>
    <message>
        <source>Arrow</source>
        <translation>Pfeil</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Sticky note</source>
        <translation>Haftnotiz</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Eraser: parts of strokes</source>
        <translation>Radierer: Teile von Strichen</translation>
    </message>
    <message>
        <source>Eraser: whole objects</source>
        <translation>Radierer: ganze Objekte</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Radieren</translation>
    </message>
    <message>
        <source>Draw</source>
        <translation>Zeichnen</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <source>Resize</source>
        <translation>Größe ändern</translation>
    </message>
    <message>
        <source>Move connector end</source>
        <translation>Verbinderende verschieben</translation>
    </message>
    <message>
        <source>Move label</source>
        <translation>Beschriftung verschieben</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>Drehen</translation>
    </message>
    <message>
        <source>Draw %1</source>
        <translation>%1 zeichnen</translation>
    </message>
    <message>
        <source>Drawings (*.inkboard *.excalidraw *.svg);;Inkboard drawings (*.inkboard)</source>
        <translation>Zeichnungen (*.inkboard *.excalidraw *.svg);;Inkboard-Zeichnungen (*.inkboard)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Unknown export format &quot;%1&quot;: use .png, .svg, .pdf or .excalidraw.</source>
        <translation>Unbekanntes Exportformat „%1“: Verwenden Sie .png, .svg, .pdf oder .excalidraw.</translation>
    </message>
</context>
<context>
    <name>SvgReader</name>
    <message>
        <source>it has more than %1 shapes.</source>
        <translation>es hat mehr als %1 Formen.</translation>
    </message>
    <message>
        <source>its paths have more than %1 points.</source>
        <translation>seine Pfade haben mehr als %1 Punkte.</translation>
    </message>
    <message>
        <source>it is not an SVG image (it starts with &lt;%1&gt;).</source>
        <translation>es ist kein SVG-Bild (es beginnt mit &lt;%1&gt;).</translation>
    </message>
    <message>
        <source>its elements nest more than %1 deep.</source>
        <translation>seine Elemente sind tiefer als %1 Ebenen verschachtelt.</translation>
    </message>
    <message>
        <source>line %1: a path&apos;s data is malformed.</source>
        <translation>Zeile %1: Die Daten eines Pfads sind fehlerhaft.</translation>
    </message>
    <message>
        <source>it is not a well-formed SVG image (line %1: %2).</source>
        <translation>es ist kein wohlgeformtes SVG-Bild (Zeile %1: %2).</translation>
    </message>
    <message>
        <source>it is not an SVG image.</source>
        <translation>es ist kein SVG-Bild.</translation>
    </message>
    <message>
        <source>it holds a shape Inkboard cannot keep: %1.</source>
        <translation>es enthält eine Form, die Inkboard nicht übernehmen kann: %1.</translation>
    </message>
</context>
<context>
    <name>inkboard::app::BinPage</name>
    <message>
        <source>Deleted drawings stay here until the date shown, then they are deleted for good.</source>
        <translation>Gelöschte Zeichnungen bleiben bis zum angezeigten Datum hier und werden dann endgültig gelöscht.</translation>
    </message>
    <message>
        <source>Res&amp;tore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Delete &amp;Forever…</source>
        <translation>&amp;Endgültig löschen…</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; for good, on the server and on this computer? This cannot be undone.</source>
        <translation>„%1“ endgültig löschen, auf dem Server und auf diesem Computer? Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; for good? This cannot be undone.</source>
        <translation>„%1“ endgültig löschen? Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Delete forever</source>
        <translation>Endgültig löschen</translation>
    </message>
    <message>
        <source>Loading the server&apos;s bin…</source>
        <translation>Papierkorb des Servers wird geladen…</translation>
    </message>
    <message>
        <source>The server&apos;s bin is not shown: %1</source>
        <translation>Der Papierkorb des Servers wird nicht angezeigt: %1</translation>
    </message>
    <message>
        <source>on this computer</source>
        <translation>auf diesem Computer</translation>
    </message>
    <message>
        <source>on %1 · copy on this computer</source>
        <translation>auf %1 · Kopie auf diesem Computer</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>auf %1</translation>
    </message>
    <message>
        <source>copy of a drawing on %1</source>
        <translation>Kopie einer Zeichnung auf %1</translation>
    </message>
    <message>
        <source>%1
Deleted %2 · deleted for good after %3 · %4</source>
        <translation>%1
Gelöscht am %2 · endgültig gelöscht nach dem %3 · %4</translation>
    </message>
    <message>
        <source>The bin is empty.</source>
        <translation>Der Papierkorb ist leer.</translation>
    </message>
    <message>
        <source>Bin</source>
        <translation>Papierkorb</translation>
    </message>
    <message>
        <source>Cannot restore &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht wiederhergestellt werden: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is back among the drawings.</source>
        <translation>„%1“ ist wieder bei den Zeichnungen.</translation>
    </message>
    <message>
        <source>Cannot delete &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht gelöscht werden: %2</translation>
    </message>
</context>
<context>
    <name>inkboard::app::CanvasContextMenu</name>
    <message>
        <source>Co&amp;mment Here</source>
        <translation>Hier ko&amp;mmentieren</translation>
    </message>
    <message>
        <source>Co&amp;mment on This Object</source>
        <translation>Dieses Objekt ko&amp;mmentieren</translation>
    </message>
</context>
<context>
    <name>inkboard::app::DesktopRecent</name>
    <message>
        <source>%1 is too large to be a list of recent files.</source>
        <translation>%1 ist zu groß für eine Liste zuletzt verwendeter Dateien.</translation>
    </message>
    <message>
        <source>%1 cannot be read (line %2: %3); it is left as it is.</source>
        <translation>%1 kann nicht gelesen werden (Zeile %2: %3); die Datei bleibt unverändert.</translation>
    </message>
    <message>
        <source>%1 is not a list of recent files; it is left as it is.</source>
        <translation>%1 ist keine Liste zuletzt verwendeter Dateien; die Datei bleibt unverändert.</translation>
    </message>
</context>
<context>
    <name>inkboard::app::DrawingListDialog</name>
    <message>
        <source>Drawings</source>
        <translation>Zeichnungen</translation>
    </message>
    <message>
        <source>Sign &amp;In…</source>
        <translation>&amp;Anmelden…</translation>
    </message>
    <message>
        <source>Sign O&amp;ut</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <source>Drawin&amp;gs</source>
        <translation>&amp;Zeichnungen</translation>
    </message>
    <message>
        <source>&amp;Bin</source>
        <translation>&amp;Papierkorb</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Veröffentlichen</translation>
    </message>
    <message>
        <source>Put this drawing on the server (it keeps its id and content)</source>
        <translation>Diese Zeichnung auf den Server stellen (ID und Inhalt bleiben erhalten)</translation>
    </message>
    <message>
        <source>&amp;Share…</source>
        <translation>&amp;Teilen…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>New drawing</source>
        <translation>Neue Zeichnung</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>Rename drawing</source>
        <translation>Zeichnung umbenennen</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; from the server and this computer, for everyone it is shared with? It goes to the bin, where you can restore it.</source>
        <translation>„%1“ vom Server und von diesem Computer löschen, für alle, mit denen sie geteilt ist? Sie kommt in den Papierkorb, wo Sie sie wiederherstellen können.</translation>
    </message>
    <message>
        <source>Remove your copy of &quot;%1&quot; from this computer? The server keeps it; your copy goes to the bin.</source>
        <translation>Ihre Kopie von „%1“ von diesem Computer entfernen? Der Server behält die Zeichnung; Ihre Kopie kommt in den Papierkorb.</translation>
    </message>
    <message numerus="yes">
        <source>Move &quot;%1&quot; to the bin? You can restore it there for %n days.</source>
        <translation>
            <numerusform>„%1“ in den Papierkorb verschieben? Dort können Sie sie %n Tag lang wiederherstellen.</numerusform>
            <numerusform>„%1“ in den Papierkorb verschieben? Dort können Sie sie %n Tage lang wiederherstellen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete drawing</source>
        <translation>Zeichnung löschen</translation>
    </message>
    <message>
        <source>Signed in to &lt;b&gt;%1&lt;/b&gt; as &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>Bei &lt;b&gt;%1&lt;/b&gt; angemeldet als &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Drawings on this computer. Sign in to share them.</source>
        <translation>Zeichnungen auf diesem Computer. Melden Sie sich an, um sie zu teilen.</translation>
    </message>
    <message>
        <source>Not signed in to %1.</source>
        <translation>Nicht bei %1 angemeldet.</translation>
    </message>
    <message>
        <source>Loading the server&apos;s drawings…</source>
        <translation>Zeichnungen des Servers werden geladen…</translation>
    </message>
    <message>
        <source>The server no longer accepts your sign-in: sign in again.</source>
        <translation>Der Server akzeptiert Ihre Anmeldung nicht mehr: Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The server&apos;s drawings are not shown: %1</source>
        <translation>Die Zeichnungen des Servers werden nicht angezeigt: %1</translation>
    </message>
    <message>
        <source>on this computer</source>
        <translation>auf diesem Computer</translation>
    </message>
    <message>
        <source>on %1 · %2</source>
        <translation>auf %1 · %2</translation>
    </message>
    <message>
        <source>on %1 · %2 · copy on this computer</source>
        <translation>auf %1 · %2 · Kopie auf diesem Computer</translation>
    </message>
    <message>
        <source>%1
%2 · %3</source>
        <translation>%1
%2 · %3</translation>
    </message>
    <message>
        <source>Cannot keep the drawing on this computer: %1</source>
        <translation>Die Zeichnung kann nicht auf diesem Computer behalten werden: %1</translation>
    </message>
    <message>
        <source>Cannot rename the drawing: %1</source>
        <translation>Die Zeichnung kann nicht umbenannt werden: %1</translation>
    </message>
    <message>
        <source>Cannot delete the drawing: %1</source>
        <translation>Die Zeichnung kann nicht gelöscht werden: %1</translation>
    </message>
</context>
<context>
    <name>inkboard::app::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG-Bild</translation>
    </message>
    <message>
        <source>SVG vector image</source>
        <translation>SVG-Vektorgrafik</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF-Dokument</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Maßstab</translation>
    </message>
    <message>
        <source>Transparent background</source>
        <translation>Transparenter Hintergrund</translation>
    </message>
    <message>
        <source>Only the selection</source>
        <translation>Nur die Auswahl</translation>
    </message>
    <message>
        <source>Include comment &amp;markers</source>
        <translation>Kommentar&amp;markierungen einschließen</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Excalidraw drawing</source>
        <translation>Excalidraw-Zeichnung</translation>
    </message>
</context>
<context>
    <name>inkboard::app::FileFlows</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>No drawing is open.</source>
        <translation>Keine Zeichnung ist geöffnet.</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>In %1 gespeichert</translation>
    </message>
    <message>
        <source>Open Drawing File</source>
        <translation>Zeichnungsdatei öffnen</translation>
    </message>
    <message>
        <source>Save Drawing to File</source>
        <translation>Zeichnung in Datei speichern</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1-Dateien (*.%2)</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <source>Insert Image</source>
        <translation>Bild einfügen</translation>
    </message>
    <message>
        <source>Images (%1);;All files (*)</source>
        <translation>Bilder (%1);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open a drawing you can edit to import into it.</source>
        <translation>Öffnen Sie eine Zeichnung, die Sie bearbeiten dürfen, um etwas hineinzuimportieren.</translation>
    </message>
    <message>
        <source>Add Objects from a File</source>
        <translation>Objekte aus einer Datei hinzufügen</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Excalidraw drawings (*.excalidraw)</source>
        <translation>Excalidraw-Zeichnungen (*.excalidraw)</translation>
    </message>
</context>
<context>
    <name>inkboard::app::FollowController</name>
    <message>
        <source>Stopped following: they left the drawing.</source>
        <translation>Folgen beendet: Die Person hat die Zeichnung verlassen.</translation>
    </message>
</context>
<context>
    <name>inkboard::app::MainWindow</name>
    <message>
        <source>Style</source>
        <translation>Stil</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Werkzeuge</translation>
    </message>
    <message>
        <source>&amp;New Drawing</source>
        <translation>&amp;Neue Zeichnung</translation>
    </message>
    <message>
        <source>New &amp;Window</source>
        <translation>Neues &amp;Fenster</translation>
    </message>
    <message>
        <source>&amp;Drawings…</source>
        <translation>Zeichnun&amp;gen…</translation>
    </message>
    <message>
        <source>&amp;Open File…</source>
        <translation>Datei &amp;öffnen…</translation>
    </message>
    <message>
        <source>&amp;Save to File</source>
        <translation>In Datei &amp;speichern</translation>
    </message>
    <message>
        <source>Save to File &amp;As…</source>
        <translation>In Datei speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Rena&amp;me Drawing…</source>
        <translation>Zeichnung u&amp;mbenennen…</translation>
    </message>
    <message>
        <source>Sign &amp;In to a Server…</source>
        <translation>Bei einem Server &amp;anmelden…</translation>
    </message>
    <message>
        <source>Sign O&amp;ut</source>
        <translation>Abmel&amp;den</translation>
    </message>
    <message>
        <source>&amp;Publish to Server</source>
        <translation>Auf dem Server &amp;veröffentlichen</translation>
    </message>
    <message>
        <source>S&amp;hare…</source>
        <translation>&amp;Teilen…</translation>
    </message>
    <message>
        <source>Open &amp;Link…</source>
        <translation>&amp;Link öffnen…</translation>
    </message>
    <message>
        <source>&amp;Close Window</source>
        <translation>Fenster s&amp;chließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <source>&amp;Comments</source>
        <translation>&amp;Kommentare</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Personen</translation>
    </message>
    <message>
        <source>Following %1 (pan or zoom to stop)</source>
        <translation>Sie folgen %1 (verschieben oder zoomen zum Beenden)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>%1 asks everyone to follow them.</source>
        <translation>%1 bittet alle, zu folgen.</translation>
    </message>
    <message>
        <source>&amp;Follow</source>
        <translation>&amp;Folgen</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Jemand</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) you had changed were deleted by %1 at %2, with your changes.</source>
        <translation>
            <numerusform>%n Objekt, das Sie geändert hatten, wurde um %2 von %1 gelöscht, mitsamt Ihren Änderungen.</numerusform>
            <numerusform>%n Objekte, die Sie geändert hatten, wurden um %2 von %1 gelöscht, mitsamt Ihren Änderungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Restore mine</source>
        <translation>&amp;Meine wiederherstellen</translation>
    </message>
    <message>
        <source>Restore deleted objects</source>
        <translation>Gelöschte Objekte wiederherstellen</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>jemand</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) you made offline replaced changes %1 and others made meanwhile (from %2).</source>
        <translation>
            <numerusform>%n Änderung, die Sie offline gemacht haben, hat Änderungen ersetzt, die %1 und andere inzwischen gemacht haben (ab %2).</numerusform>
            <numerusform>%n Änderungen, die Sie offline gemacht haben, haben Änderungen ersetzt, die %1 und andere inzwischen gemacht haben (ab %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) you made offline replaced changes %1 made meanwhile (at %2).</source>
        <translation>
            <numerusform>%n Änderung, die Sie offline gemacht haben, hat Änderungen ersetzt, die %1 inzwischen gemacht hat (um %2).</numerusform>
            <numerusform>%n Änderungen, die Sie offline gemacht haben, haben Änderungen ersetzt, die %1 inzwischen gemacht hat (um %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <source>&amp;Keep theirs</source>
        <translation>&amp;Ihre behalten</translation>
    </message>
    <message>
        <source>Keep their changes</source>
        <translation>Deren Änderungen behalten</translation>
    </message>
    <message numerus="yes">
        <source>You can no longer edit this drawing (its owner made you a viewer). %n change(s) you made are kept on this computer and still shown, but cannot be sent.</source>
        <translation>
            <numerusform>Sie können diese Zeichnung nicht mehr bearbeiten (der Eigentümer hat Ihnen nur Lesezugriff gegeben). %n Änderung von Ihnen bleibt auf diesem Computer erhalten und wird weiter angezeigt, kann aber nicht gesendet werden.</numerusform>
            <numerusform>Sie können diese Zeichnung nicht mehr bearbeiten (der Eigentümer hat Ihnen nur Lesezugriff gegeben). %n Änderungen von Ihnen bleiben auf diesem Computer erhalten und werden weiter angezeigt, können aber nicht gesendet werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>View only: you can look at this drawing, but not change it.</source>
        <translation>Nur ansehen: Sie können diese Zeichnung betrachten, aber nicht ändern.</translation>
    </message>
    <message>
        <source>The drawing is open in another window.</source>
        <translation>Die Zeichnung ist in einem anderen Fenster geöffnet.</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>Cannot create a drawing: %1</source>
        <translation>Es kann keine Zeichnung angelegt werden: %1</translation>
    </message>
    <message>
        <source>There is no drawing %1 on this computer.</source>
        <translation>Auf diesem Computer gibt es keine Zeichnung %1.</translation>
    </message>
    <message>
        <source>Inkboard</source>
        <translation>Inkboard</translation>
    </message>
    <message>
        <source>%1 — Inkboard</source>
        <translation>%1 — Inkboard</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s)</source>
        <translation>
            <numerusform>%n Objekt</numerusform>
            <numerusform>%n Objekte</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved on this computer</source>
        <translation>Auf diesem Computer gespeichert</translation>
    </message>
    <message numerus="yes">
        <source>Saved on this computer · %n change(s) to send</source>
        <translation>
            <numerusform>Auf diesem Computer gespeichert · %n Änderung zu senden</numerusform>
            <numerusform>Auf diesem Computer gespeichert · %n Änderungen zu senden</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved on this computer · in sync</source>
        <translation>Auf diesem Computer gespeichert · synchron</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Rename Drawing</source>
        <translation>Zeichnung umbenennen</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>Inkboard follows the system&apos;s language from its next start.</source>
        <translation>Ab dem nächsten Start folgt Inkboard der Sprache des Systems.</translation>
    </message>
    <message>
        <source>Inkboard will be in %1 from its next start.</source>
        <translation>Ab dem nächsten Start ist Inkboard auf %1.</translation>
    </message>
    <message>
        <source>Add Ob&amp;jects from a File…</source>
        <translation>Ob&amp;jekte aus einer Datei hinzufügen…</translation>
    </message>
</context>
<context>
    <name>inkboard::app::MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>inkboard::app::PeoplePanel</name>
    <message>
        <source>&amp;People here</source>
        <translation>&amp;Personen hier</translation>
    </message>
    <message>
        <source>Enter or double-click: go to where they are</source>
        <translation>Eingabetaste oder Doppelklick: dorthin gehen, wo die Person ist</translation>
    </message>
    <message>
        <source>&amp;Go to</source>
        <translation>&amp;Hingehen</translation>
    </message>
    <message>
        <source>&amp;Follow</source>
        <translation>&amp;Folgen</translation>
    </message>
    <message>
        <source>Ask everyone to follow &amp;me</source>
        <translation>Alle bitten, &amp;mir zu folgen</translation>
    </message>
    <message>
        <source>away</source>
        <translation>abwesend</translation>
    </message>
    <message>
        <source>editing text</source>
        <translation>bearbeitet Text</translation>
    </message>
    <message>
        <source>drawing</source>
        <translation>zeichnet</translation>
    </message>
    <message>
        <source>pointing</source>
        <translation>zeigt</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>untätig</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>jemand</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source> · presenting</source>
        <translation> · präsentiert</translation>
    </message>
    <message>
        <source> · following</source>
        <translation> · folgt</translation>
    </message>
    <message>
        <source>They have not shown where they are yet.</source>
        <translation>Die Person hat noch nicht gezeigt, wo sie ist.</translation>
    </message>
    <message>
        <source>Stop &amp;following</source>
        <translation>&amp;Nicht mehr folgen</translation>
    </message>
</context>
<context>
    <name>inkboard::app::ServerFlows</name>
    <message>
        <source>You are not signed in to a server.</source>
        <translation>Sie sind bei keinem Server angemeldet.</translation>
    </message>
    <message>
        <source>Signed out of %1. Your edits stay on this computer.</source>
        <translation>Von %1 abgemeldet. Ihre Änderungen bleiben auf diesem Computer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server address.</source>
        <translation>„%1“ ist keine Serveradresse.</translation>
    </message>
    <message>
        <source>Cannot open the drawing.</source>
        <translation>Die Zeichnung kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>%1 has no drawing %2 shared with you.</source>
        <translation>Auf %1 ist keine Zeichnung %2 mit Ihnen geteilt.</translation>
    </message>
    <message>
        <source>Cannot list the drawings of %1: %2</source>
        <translation>Die Zeichnungen von %1 können nicht aufgelistet werden: %2</translation>
    </message>
    <message>
        <source>Open Link</source>
        <translation>Link öffnen</translation>
    </message>
    <message>
        <source>Paste a link to an Inkboard drawing:</source>
        <translation>Fügen Sie einen Link zu einer Inkboard-Zeichnung ein:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a link to an Inkboard drawing.</source>
        <translation>„%1“ ist kein Link zu einer Inkboard-Zeichnung.</translation>
    </message>
    <message>
        <source>You can view this drawing: the link made you a viewer.</source>
        <translation>Sie können diese Zeichnung ansehen: Der Link hat Ihnen Lesezugriff gegeben.</translation>
    </message>
    <message>
        <source>You can edit this drawing: the link made you an editor.</source>
        <translation>Sie können diese Zeichnung bearbeiten: Der Link hat Ihnen Schreibzugriff gegeben.</translation>
    </message>
    <message>
        <source>This link does not open anything: it is mistyped, or it expired or was revoked.</source>
        <translation>Dieser Link öffnet nichts: Er ist falsch geschrieben, abgelaufen oder wurde widerrufen.</translation>
    </message>
    <message numerus="yes">
        <source>Too many links tried; try again in %n second(s).</source>
        <translation>
            <numerusform>Zu viele Links versucht; versuchen Sie es in %n Sekunde erneut.</numerusform>
            <numerusform>Zu viele Links versucht; versuchen Sie es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open the link: %1</source>
        <translation>Der Link kann nicht geöffnet werden: %1</translation>
    </message>
</context>
<context>
    <name>inkboard::app::ShareDialog</name>
    <message>
        <source>Share &quot;%1&quot;</source>
        <translation>„%1“ teilen</translation>
    </message>
    <message>
        <source>Who can open this drawing on %1:</source>
        <translation>Wer diese Zeichnung auf %1 öffnen kann:</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>can edit</source>
        <translation>kann bearbeiten</translation>
    </message>
    <message>
        <source>can view</source>
        <translation>kann ansehen</translation>
    </message>
    <message>
        <source>&amp;Share</source>
        <translation>&amp;Teilen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Cannot list the members: %1</source>
        <translation>Die Mitglieder können nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>Sharing with %1…</source>
        <translation>Wird mit %1 geteilt…</translation>
    </message>
    <message>
        <source>Shared with %1.</source>
        <translation>Mit %1 geteilt.</translation>
    </message>
    <message>
        <source>There is no user %1 on this server.</source>
        <translation>Auf diesem Server gibt es keinen Benutzer %1.</translation>
    </message>
    <message>
        <source>Cannot share: %1</source>
        <translation>Teilen nicht möglich: %1</translation>
    </message>
    <message>
        <source>%1 no longer has access.</source>
        <translation>%1 hat keinen Zugriff mehr.</translation>
    </message>
    <message>
        <source>Cannot remove %1: %2</source>
        <translation>%1 kann nicht entfernt werden: %2</translation>
    </message>
</context>
<context>
    <name>inkboard::app::ShareLinksPanel</name>
    <message>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>can view</source>
        <translation>kann ansehen</translation>
    </message>
    <message>
        <source>can edit</source>
        <translation>kann bearbeiten</translation>
    </message>
    <message>
        <source>never expires</source>
        <translation>läuft nie ab</translation>
    </message>
    <message>
        <source>for 1 hour</source>
        <translation>für 1 Stunde</translation>
    </message>
    <message>
        <source>for 1 day</source>
        <translation>für 1 Tag</translation>
    </message>
    <message>
        <source>for 7 days</source>
        <translation>für 7 Tage</translation>
    </message>
    <message>
        <source>for 30 days</source>
        <translation>für 30 Tage</translation>
    </message>
    <message>
        <source>Create &amp;Link</source>
        <translation>&amp;Link erstellen</translation>
    </message>
    <message>
        <source>Anyone &amp;with the link</source>
        <translation>Alle &amp;mit dem Link</translation>
    </message>
    <message>
        <source>A new link shows here once; copy it then.</source>
        <translation>Ein neuer Link wird hier nur einmal angezeigt; kopieren Sie ihn dann.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Beigetreten</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <source>Re&amp;voke</source>
        <translation>&amp;Widerrufen</translation>
    </message>
    <message>
        <source>The link stops working; who joined through it loses access, unless you have set their role since.</source>
        <translation>Der Link funktioniert nicht mehr; wer darüber beigetreten ist, verliert den Zugriff, sofern Sie die Rolle nicht inzwischen festgelegt haben.</translation>
    </message>
    <message>
        <source>Only the drawing&apos;s owner can make and see its links.</source>
        <translation>Nur der Eigentümer der Zeichnung kann ihre Links erstellen und sehen.</translation>
    </message>
    <message>
        <source>Cannot list the links: %1</source>
        <translation>Die Links können nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>expired %1</source>
        <translation>abgelaufen %1</translation>
    </message>
    <message>
        <source>Making a link…</source>
        <translation>Link wird erstellt…</translation>
    </message>
    <message>
        <source>Cannot make a link: %1</source>
        <translation>Der Link kann nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>Link made. Copy it now: it is shown only once.</source>
        <translation>Link erstellt. Kopieren Sie ihn jetzt: Er wird nur einmal angezeigt.</translation>
    </message>
    <message>
        <source>Link copied.</source>
        <translation>Link kopiert.</translation>
    </message>
    <message>
        <source>Link revoked: it no longer works.</source>
        <translation>Link widerrufen: Er funktioniert nicht mehr.</translation>
    </message>
    <message>
        <source>Cannot revoke the link: %1</source>
        <translation>Der Link kann nicht widerrufen werden: %1</translation>
    </message>
</context>
<context>
    <name>inkboard::app::SignInDialog</name>
    <message>
        <source>Sign In to a Server</source>
        <translation>Bei einem Server anmelden</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server address; type one like https://ink.example.org or 127.0.0.1:8080.</source>
        <translation>„%1“ ist keine Serveradresse; geben Sie eine wie https://ink.example.org oder 127.0.0.1:8080 ein.</translation>
    </message>
    <message>
        <source>Type your user name and password.</source>
        <translation>Geben Sie Benutzername und Passwort ein.</translation>
    </message>
    <message>
        <source>No answer from %1: %2</source>
        <translation>Keine Antwort von %1: %2</translation>
    </message>
    <message>
        <source>%1 is not an Inkboard server (GET /info did not answer like one). Check the address.</source>
        <translation>%1 ist kein Inkboard-Server (GET /info hat nicht wie einer geantwortet). Prüfen Sie die Adresse.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Falscher Benutzername oder falsches Passwort.</translation>
    </message>
    <message>
        <source>Cannot sign in: %1</source>
        <translation>Anmeldung nicht möglich: %1</translation>
    </message>
</context>
<context>
    <name>inkboard::app::StylePanel</name>
    <message>
        <source>Stroke</source>
        <translation>Kontur</translation>
    </message>
    <message>
        <source>Fill</source>
        <translation>Füllung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Breite</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>Deckkraft</translation>
    </message>
    <message>
        <source>Corner radius of rectangles (0: square)</source>
        <translation>Eckenradius von Rechtecken (0: eckig)</translation>
    </message>
    <message>
        <source>Corners</source>
        <translation>Ecken</translation>
    </message>
    <message>
        <source>Font size</source>
        <translation>Schriftgröße</translation>
    </message>
    <message>
        <source>Sans</source>
        <translation>Serifenlos</translation>
    </message>
    <message>
        <source>Serif</source>
        <translation>Serif</translation>
    </message>
    <message>
        <source>Mono</source>
        <translation>Monospace</translation>
    </message>
    <message>
        <source>Hand</source>
        <translation>Handschrift</translation>
    </message>
    <message>
        <source>Font</source>
        <translation>Schrift</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>Gemischt</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>Mitte</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <source>Align</source>
        <translation>Ausrichtung</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Oben</translation>
    </message>
    <message>
        <source>Middle</source>
        <translation>Mitte</translation>
    </message>
    <message>
        <source>Bottom</source>
        <translation>Unten</translation>
    </message>
    <message>
        <source>Where a shape&apos;s label sits in it</source>
        <translation>Wo die Beschriftung in der Form sitzt</translation>
    </message>
    <message>
        <source>Vertical</source>
        <translation>Vertikal</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Arrow</source>
        <translation>Pfeil</translation>
    </message>
    <message>
        <source>Triangle</source>
        <translation>Dreieck</translation>
    </message>
    <message>
        <source>Dot</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Bar</source>
        <translation>Balken</translation>
    </message>
    <message>
        <source>Straight</source>
        <translation>Gerade</translation>
    </message>
    <message>
        <source>Elbow</source>
        <translation>Gewinkelt</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Linienführung</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Anfang</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Solid</source>
        <translation>Durchgezogen</translation>
    </message>
    <message>
        <source>Dashed</source>
        <translation>Gestrichelt</translation>
    </message>
    <message>
        <source>Dotted</source>
        <translation>Gepunktet</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Umriss</translation>
    </message>
    <message>
        <source>Hatched</source>
        <translation>Schraffiert</translation>
    </message>
    <message>
        <source>Fill style</source>
        <translation>Füllstil</translation>
    </message>
    <message>
        <source>Note colour %1</source>
        <translation>Notizfarbe %1</translation>
    </message>
    <message>
        <source>Other color…</source>
        <translation>Andere Farbe…</translation>
    </message>
    <message>
        <source>Fill color</source>
        <translation>Füllfarbe</translation>
    </message>
    <message>
        <source>Stroke color</source>
        <translation>Konturfarbe</translation>
    </message>
    <message>
        <source>Mixed: the selection holds several opacities</source>
        <translation>Gemischt: Die Auswahl hat mehrere Deckkräfte</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Opacity (mixed)</source>
        <translation>Deckkraft (gemischt)</translation>
    </message>
</context>
<context>
    <name>inkboard::app::SyncStatePresenter</name>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Who is here: click to see them in the People panel</source>
        <translation>Wer hier ist: Klicken, um die Personen im Personen-Bereich zu sehen</translation>
    </message>
    <message>
        <source>No drawing</source>
        <translation>Keine Zeichnung</translation>
    </message>
    <message>
        <source>Offline · only on this computer (publish to share)</source>
        <translation>Offline · nur auf diesem Computer (zum Teilen veröffentlichen)</translation>
    </message>
    <message>
        <source>signed out</source>
        <translation>abgemeldet</translation>
    </message>
    <message>
        <source>sign-in expired, sign in again</source>
        <translation>Anmeldung abgelaufen, bitte erneut anmelden</translation>
    </message>
    <message>
        <source>access removed or drawing deleted</source>
        <translation>Zugriff entzogen oder Zeichnung gelöscht</translation>
    </message>
    <message>
        <source>the id is taken on the server</source>
        <translation>die ID ist auf dem Server vergeben</translation>
    </message>
    <message>
        <source>server unreachable, retrying</source>
        <translation>Server nicht erreichbar, neuer Versuch läuft</translation>
    </message>
    <message>
        <source>the server&apos;s answer is too large to read</source>
        <translation>die Antwort des Servers ist zu groß zum Lesen</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Offline · %1</source>
        <translation>Offline · %1</translation>
    </message>
    <message numerus="yes">
        <source> · %n pending</source>
        <translation>
            <numerusform> · %n ausstehend</numerusform>
            <numerusform> · %n ausstehend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Syncing (%n pending)</source>
        <translation>
            <numerusform>Synchronisiert (%n ausstehend)</numerusform>
            <numerusform>Synchronisiert (%n ausstehend)</numerusform>
        </translation>
    </message>
    <message>
        <source> · rate limited, retrying</source>
        <translation> · gedrosselt, neuer Versuch läuft</translation>
    </message>
    <message>
        <source> · server busy, retrying</source>
        <translation> · Server ausgelastet, neuer Versuch läuft</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;people&quot; style=&quot;text-decoration:none&quot;&gt;Here: %1&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;people&quot; style=&quot;text-decoration:none&quot;&gt;Hier: %1&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>inkboard::app::WindowActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>Dupl&amp;icate</source>
        <translation>D&amp;uplizieren</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Alle&amp;s auswählen</translation>
    </message>
    <message>
        <source>Bring to &amp;Front</source>
        <translation>In den &amp;Vordergrund</translation>
    </message>
    <message>
        <source>Send to &amp;Back</source>
        <translation>In den &amp;Hintergrund</translation>
    </message>
    <message>
        <source>Bring For&amp;ward</source>
        <translation>Eine Ebene &amp;nach vorne</translation>
    </message>
    <message>
        <source>Send Bac&amp;kward</source>
        <translation>Eine Ebene nach hin&amp;ten</translation>
    </message>
    <message>
        <source>Align &amp;Left</source>
        <translation>&amp;Linksbündig ausrichten</translation>
    </message>
    <message>
        <source>Align &amp;Centres</source>
        <translation>Hori&amp;zontal zentrieren</translation>
    </message>
    <message>
        <source>Align &amp;Right</source>
        <translation>&amp;Rechtsbündig ausrichten</translation>
    </message>
    <message>
        <source>Align &amp;Top</source>
        <translation>&amp;Oben ausrichten</translation>
    </message>
    <message>
        <source>Align &amp;Middles</source>
        <translation>V&amp;ertikal zentrieren</translation>
    </message>
    <message>
        <source>Align &amp;Bottom</source>
        <translation>&amp;Unten ausrichten</translation>
    </message>
    <message>
        <source>Distribute &amp;Horizontally</source>
        <translation>&amp;Horizontal verteilen</translation>
    </message>
    <message>
        <source>Distribute &amp;Vertically</source>
        <translation>&amp;Vertikal verteilen</translation>
    </message>
    <message>
        <source>Copy St&amp;yle</source>
        <translation>Stil k&amp;opieren</translation>
    </message>
    <message>
        <source>Pa&amp;ste Style</source>
        <translation>Stil einf&amp;ügen</translation>
    </message>
    <message>
        <source>L&amp;ock / Unlock</source>
        <translation>S&amp;perren / Entsperren</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>&amp;Gruppieren</translation>
    </message>
    <message>
        <source>U&amp;ngroup</source>
        <translation>Gruppierung au&amp;fheben</translation>
    </message>
    <message>
        <source>&amp;Rectangle</source>
        <translation>&amp;Rechteck</translation>
    </message>
    <message>
        <source>&amp;Diamond</source>
        <translation>R&amp;aute</translation>
    </message>
    <message>
        <source>&amp;Triangle</source>
        <translation>&amp;Dreieck</translation>
    </message>
    <message>
        <source>&amp;Hexagon</source>
        <translation>&amp;Sechseck</translation>
    </message>
    <message>
        <source>&amp;Parallelogram</source>
        <translation>&amp;Parallelogramm</translation>
    </message>
    <message>
        <source>Sticky &amp;Note</source>
        <translation>&amp;Haftnotiz</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Verk&amp;leinern</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>Zoom to &amp;Fit</source>
        <translation>&amp;Alles einpassen</translation>
    </message>
    <message>
        <source>Zoom to &amp;Selection</source>
        <translation>Auf Auswahl &amp;zoomen</translation>
    </message>
    <message>
        <source>Show &amp;Grid</source>
        <translation>&amp;Raster anzeigen</translation>
    </message>
    <message>
        <source>S&amp;nap to Objects</source>
        <translation>An Objekten &amp;einrasten</translation>
    </message>
    <message>
        <source>Pen Only (&amp;Touch Pans)</source>
        <translation>Nur Stif&amp;t (Touch verschiebt)</translation>
    </message>
    <message>
        <source>St&amp;yle Panel</source>
        <translation>Stil&amp;bereich</translation>
    </message>
    <message>
        <source>Eraser Cuts &amp;Strokes</source>
        <translation>Radierer teilt &amp;Striche</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Inkboard</source>
        <translation>Ü&amp;ber Inkboard</translation>
    </message>
    <message>
        <source>About Inkboard</source>
        <translation>Über Inkboard</translation>
    </message>
    <message>
        <source>&lt;b&gt;Inkboard %1&lt;/b&gt;&lt;p&gt;A collaborative drawing app with its own sync server.&lt;/p&gt;&lt;p&gt;Licensed under the Apache License 2.0.&lt;/p&gt;&lt;p&gt;Uses Qt %3 (LGPL-3) and the Comic Neue font (SIL Open Font License 1.1).&lt;/p&gt;&lt;p&gt;Profile: %2&lt;/p&gt;</source>
        <translation>&lt;b&gt;Inkboard %1&lt;/b&gt;&lt;p&gt;Eine kollaborative Zeichen-App mit eigenem Synchronisationsserver.&lt;/p&gt;&lt;p&gt;Lizenziert unter der Apache License 2.0.&lt;/p&gt;&lt;p&gt;Verwendet Qt %3 (LGPL-3) und die Schrift Comic Neue (SIL Open Font License 1.1).&lt;/p&gt;&lt;p&gt;Profil: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>A&amp;lign and Distribute</source>
        <translation>Ausri&amp;chten und verteilen</translation>
    </message>
    <message>
        <source>S&amp;hape</source>
        <translation>For&amp;m</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Appea&amp;rance</source>
        <translation>&amp;Darstellung</translation>
    </message>
    <message>
        <source>Follow &amp;System</source>
        <translation>&amp;System folgen</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederherstellen: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Alt+T&lt;/b&gt;, then the Tools menu</source>
        <translation>&lt;b&gt;Alt+T&lt;/b&gt;, dann das Menü Werkzeuge</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;Pan&lt;/td&gt;&lt;td&gt;&lt;b&gt;Space&lt;/b&gt;-drag, middle-drag, scroll&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Zoom&lt;/td&gt;&lt;td&gt;&lt;b&gt;Ctrl&lt;/b&gt;+wheel, pinch, &lt;b&gt;+&lt;/b&gt;/&lt;b&gt;-&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Zoom to fit / selection / 100 %&lt;/td&gt;&lt;td&gt;&lt;b&gt;Shift+1&lt;/b&gt; / &lt;b&gt;Shift+2&lt;/b&gt; / &lt;b&gt;Shift+0&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Edit the selected text or shape&apos;s label&lt;/td&gt;&lt;td&gt;&lt;b&gt;Enter&lt;/b&gt; (&lt;b&gt;Esc&lt;/b&gt; or &lt;b&gt;Ctrl+Enter&lt;/b&gt; ends it)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Eraser: whole objects or parts of strokes&lt;/td&gt;&lt;td&gt;&lt;b&gt;E&lt;/b&gt; again&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Nudge&lt;/td&gt;&lt;td&gt;arrow keys (&lt;b&gt;Shift&lt;/b&gt;: 10)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Forward / backward one step&lt;/td&gt;&lt;td&gt;&lt;b&gt;Ctrl+]&lt;/b&gt; / &lt;b&gt;Ctrl+[&lt;/b&gt;, &lt;b&gt;Ctrl+Shift+Up&lt;/b&gt; / &lt;b&gt;Down&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Select the next / previous object&lt;/td&gt;&lt;td&gt;&lt;b&gt;Tab&lt;/b&gt; / &lt;b&gt;Shift+Tab&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Draw or move without binding or snapping&lt;/td&gt;&lt;td&gt;hold &lt;b&gt;Alt&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Snap to objects on / off&lt;/td&gt;&lt;td&gt;&lt;b&gt;Alt+S&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Copy / paste style&lt;/td&gt;&lt;td&gt;&lt;b&gt;Ctrl+Alt+C&lt;/b&gt; / &lt;b&gt;Ctrl+Alt+V&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Align left / centres / right&lt;/td&gt;&lt;td&gt;&lt;b&gt;Alt+Shift+A&lt;/b&gt; / &lt;b&gt;H&lt;/b&gt; / &lt;b&gt;D&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Align top / middles / bottom&lt;/td&gt;&lt;td&gt;&lt;b&gt;Alt+Shift+W&lt;/b&gt; / &lt;b&gt;V&lt;/b&gt; / &lt;b&gt;S&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Distribute across / down&lt;/td&gt;&lt;td&gt;&lt;b&gt;Ctrl+Alt+Shift+H&lt;/b&gt; / &lt;b&gt;V&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Keep ratio, square, 15° steps&lt;/td&gt;&lt;td&gt;hold &lt;b&gt;Shift&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;Verschieben&lt;/td&gt;&lt;td&gt;&lt;b&gt;Leertaste&lt;/b&gt; + Ziehen, mittlere Maustaste + Ziehen, Scrollen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Zoomen&lt;/td&gt;&lt;td&gt;&lt;b&gt;Strg&lt;/b&gt; + Mausrad, Zwei-Finger-Zoom, &lt;b&gt;+&lt;/b&gt;/&lt;b&gt;-&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Alles einpassen / Auswahl / 100 %&lt;/td&gt;&lt;td&gt;&lt;b&gt;Shift+1&lt;/b&gt; / &lt;b&gt;Shift+2&lt;/b&gt; / &lt;b&gt;Shift+0&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ausgewählten Text oder Beschriftung der Form bearbeiten&lt;/td&gt;&lt;td&gt;&lt;b&gt;Enter&lt;/b&gt; (&lt;b&gt;Esc&lt;/b&gt; oder &lt;b&gt;Strg+Enter&lt;/b&gt; beendet)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Radierer: ganze Objekte oder Teile von Strichen&lt;/td&gt;&lt;td&gt;noch einmal &lt;b&gt;E&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Schrittweise verschieben&lt;/td&gt;&lt;td&gt;Pfeiltasten (&lt;b&gt;Shift&lt;/b&gt;: 10)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Eine Ebene nach vorne / hinten&lt;/td&gt;&lt;td&gt;&lt;b&gt;Strg+]&lt;/b&gt; / &lt;b&gt;Strg+[&lt;/b&gt;, &lt;b&gt;Strg+Shift+Hoch&lt;/b&gt; / &lt;b&gt;Runter&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Nächstes / vorheriges Objekt auswählen&lt;/td&gt;&lt;td&gt;&lt;b&gt;Tab&lt;/b&gt; / &lt;b&gt;Shift+Tab&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Zeichnen oder verschieben ohne Verbinden und Einrasten&lt;/td&gt;&lt;td&gt;&lt;b&gt;Alt&lt;/b&gt; gedrückt halten&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Einrasten an Objekten ein / aus&lt;/td&gt;&lt;td&gt;&lt;b&gt;Alt+S&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Stil kopieren / einfügen&lt;/td&gt;&lt;td&gt;&lt;b&gt;Strg+Alt+C&lt;/b&gt; / &lt;b&gt;Strg+Alt+V&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Linksbündig / horizontal zentriert / rechtsbündig ausrichten&lt;/td&gt;&lt;td&gt;&lt;b&gt;Alt+Shift+A&lt;/b&gt; / &lt;b&gt;H&lt;/b&gt; / &lt;b&gt;D&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Oben / vertikal zentriert / unten ausrichten&lt;/td&gt;&lt;td&gt;&lt;b&gt;Alt+Shift+W&lt;/b&gt; / &lt;b&gt;V&lt;/b&gt; / &lt;b&gt;S&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Horizontal / vertikal verteilen&lt;/td&gt;&lt;td&gt;&lt;b&gt;Strg+Alt+Shift+H&lt;/b&gt; / &lt;b&gt;V&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Seitenverhältnis halten, Quadrat, 15°-Schritte&lt;/td&gt;&lt;td&gt;&lt;b&gt;Shift&lt;/b&gt; gedrückt halten&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
</context>
<context>
    <name>inkboard::app::comments::CommentThreadView</name>
    <message>
        <source>Reply… (@ to mention someone)</source>
        <translation>Antworten… (@, um jemanden zu erwähnen)</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>&amp;Antworten</translation>
    </message>
    <message>
        <source>Re&amp;solve</source>
        <translation>&amp;Erledigen</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Write a comment… (@ to mention someone)</source>
        <translation>Kommentar schreiben… (@, um jemanden zu erwähnen)</translation>
    </message>
    <message>
        <source>New comment on an object</source>
        <translation>Neuer Kommentar zu einem Objekt</translation>
    </message>
    <message>
        <source>New comment</source>
        <translation>Neuer Kommentar</translation>
    </message>
    <message>
        <source>Choose a thread, or press C and click the drawing to comment.</source>
        <translation>Wählen Sie eine Diskussion, oder drücken Sie C und klicken Sie in die Zeichnung, um zu kommentieren.</translation>
    </message>
    <message>
        <source>Resolved by %1</source>
        <translation>Erledigt von %1</translation>
    </message>
    <message>
        <source>On a deleted object: shown where it last was</source>
        <translation>Zu einem gelöschten Objekt: dort angezeigt, wo es zuletzt war</translation>
    </message>
    <message>
        <source>Thread</source>
        <translation>Diskussion</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Comment</source>
        <translation>&amp;Kommentieren</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>&amp;Wieder öffnen</translation>
    </message>
    <message>
        <source>The comment could not be changed.</source>
        <translation>Der Kommentar konnte nicht geändert werden.</translation>
    </message>
    <message>
        <source>The comment could not be saved.</source>
        <translation>Der Kommentar konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The reply could not be saved.</source>
        <translation>Die Antwort konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The thread could not be changed.</source>
        <translation>Die Diskussion konnte nicht geändert werden.</translation>
    </message>
    <message>
        <source>The comment could not be deleted.</source>
        <translation>Der Kommentar konnte nicht gelöscht werden.</translation>
    </message>
</context>
<context>
    <name>inkboard::app::comments::CommentsPanel</name>
    <message>
        <source>Show &amp;resolved</source>
        <translation>&amp;Erledigte anzeigen</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(gelöscht)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Resolved · %1</source>
        <translation>Erledigt · %1</translation>
    </message>
    <message>
        <source> (1 reply)</source>
        <translation> (1 Antwort)</translation>
    </message>
    <message>
        <source> (%1 replies)</source>
        <translation> (%1 Antworten)</translation>
    </message>
</context>
<context>
    <name>inkboard::app::history::HistoryModel</name>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Jemand</translation>
    </message>
    <message>
        <source>%1, %2 – %3 · %4</source>
        <translation>%1, %2–%3 · %4</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Revision %1 · %2</source>
        <translation>Revision %1 · %2</translation>
    </message>
</context>
<context>
    <name>inkboard::app::history::HistoryPanel</name>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Drag to see the drawing as it was (arrow keys step, Escape returns to now)</source>
        <translation>Ziehen, um die Zeichnung zu sehen, wie sie war (Pfeiltasten gehen schrittweise, Escape kehrt zur Gegenwart zurück)</translation>
    </message>
    <message>
        <source>Back to &amp;Now</source>
        <translation>Zurück zur &amp;Gegenwart</translation>
    </message>
    <message>
        <source>&amp;Restore Drawing…</source>
        <translation>Zeichnung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>Restore Se&amp;lection</source>
        <translation>Au&amp;swahl wiederherstellen</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>Revisionen</translation>
    </message>
    <message>
        <source>Who changed this</source>
        <translation>Wer das geändert hat</translation>
    </message>
    <message>
        <source>The selected object&apos;s edits; Enter shows the drawing then</source>
        <translation>Die Änderungen am ausgewählten Objekt; Enter zeigt die Zeichnung zu jenem Zeitpunkt</translation>
    </message>
    <message>
        <source>Back to Now</source>
        <translation>Zurück zur Gegenwart</translation>
    </message>
    <message>
        <source>Fetching the history…</source>
        <translation>Verlauf wird abgerufen…</translation>
    </message>
    <message>
        <source>No history yet: edits show here.</source>
        <translation>Noch kein Verlauf: Änderungen erscheinen hier.</translation>
    </message>
    <message numerus="yes">
        <source>Now · %n revision(s)</source>
        <translation>
            <numerusform>Jetzt · %n Revision</numerusform>
            <numerusform>Jetzt · %n Revisionen</numerusform>
        </translation>
    </message>
    <message>
        <source>Revision %1: where the kept history begins</source>
        <translation>Revision %1: Hier beginnt der aufbewahrte Verlauf</translation>
    </message>
    <message>
        <source>Revision %1 of %2 · %3
%4 · read-only, Escape returns to now</source>
        <translation>Revision %1 von %2 · %3
%4 · schreibgeschützt, Escape kehrt zur Gegenwart zurück</translation>
    </message>
    <message>
        <source>Who changed this (select one object)</source>
        <translation>Wer das geändert hat (ein Objekt auswählen)</translation>
    </message>
    <message>
        <source>%1 by %2 · %3</source>
        <translation>%1 von %2 · %3</translation>
    </message>
    <message>
        <source>Revision %1</source>
        <translation>Revision %1</translation>
    </message>
    <message>
        <source>Nothing to restore: it is as it was then.</source>
        <translation>Nichts wiederherzustellen: Es ist so wie damals.</translation>
    </message>
    <message>
        <source>Restore Drawing</source>
        <translation>Zeichnung wiederherstellen</translation>
    </message>
    <message>
        <source>Restore the whole drawing to revision %1? Objects added since are deleted and every other object is put back as it was. You can undo it in one step.</source>
        <translation>Die ganze Zeichnung auf Revision %1 zurücksetzen? Seitdem hinzugefügte Objekte werden gelöscht und alle anderen so wiederhergestellt, wie sie waren. Sie können das in einem Schritt rückgängig machen.</translation>
    </message>
    <message>
        <source>Restore Revision %1</source>
        <translation>Revision %1 wiederherstellen</translation>
    </message>
    <message numerus="yes">
        <source>Restore %n Object(s) from Revision %1</source>
        <translation>
            <numerusform>%n Objekt aus Revision %1 wiederherstellen</numerusform>
            <numerusform>%n Objekte aus Revision %1 wiederherstellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n commit(s) of this history cannot be read: they are shown as changing nothing.</source>
        <translation>
            <numerusform>%n Commit dieses Verlaufs kann nicht gelesen werden: Er wird so gezeigt, als hätte er nichts geändert.</numerusform>
            <numerusform>%n Commits dieses Verlaufs können nicht gelesen werden: Sie werden so gezeigt, als hätten sie nichts geändert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>inkboard::app::history::OpSummary</name>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>%1 objects</source>
        <translation>%1 Objekte</translation>
    </message>
    <message>
        <source>a stroke</source>
        <translation>einen Strich</translation>
    </message>
    <message>
        <source>%1 strokes</source>
        <translation>%1 Striche</translation>
    </message>
    <message>
        <source>a highlight</source>
        <translation>eine Markierung</translation>
    </message>
    <message>
        <source>%1 highlights</source>
        <translation>%1 Markierungen</translation>
    </message>
    <message>
        <source>a rectangle</source>
        <translation>ein Rechteck</translation>
    </message>
    <message>
        <source>%1 rectangles</source>
        <translation>%1 Rechtecke</translation>
    </message>
    <message>
        <source>a shape</source>
        <translation>eine Form</translation>
    </message>
    <message>
        <source>%1 shapes</source>
        <translation>%1 Formen</translation>
    </message>
    <message>
        <source>a note</source>
        <translation>eine Notiz</translation>
    </message>
    <message>
        <source>%1 notes</source>
        <translation>%1 Notizen</translation>
    </message>
    <message>
        <source>an ellipse</source>
        <translation>eine Ellipse</translation>
    </message>
    <message>
        <source>%1 ellipses</source>
        <translation>%1 Ellipsen</translation>
    </message>
    <message>
        <source>a line</source>
        <translation>eine Linie</translation>
    </message>
    <message>
        <source>%1 lines</source>
        <translation>%1 Linien</translation>
    </message>
    <message>
        <source>an arrow</source>
        <translation>einen Pfeil</translation>
    </message>
    <message>
        <source>%1 arrows</source>
        <translation>%1 Pfeile</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>einen Text</translation>
    </message>
    <message>
        <source>%1 texts</source>
        <translation>%1 Texte</translation>
    </message>
    <message>
        <source>an image</source>
        <translation>ein Bild</translation>
    </message>
    <message>
        <source>%1 images</source>
        <translation>%1 Bilder</translation>
    </message>
    <message>
        <source>added %1</source>
        <translation>%1 hinzugefügt</translation>
    </message>
    <message>
        <source>deleted %1</source>
        <translation>%1 gelöscht</translation>
    </message>
    <message>
        <source>moved %1</source>
        <translation>%1 verschoben</translation>
    </message>
    <message>
        <source>resized %1</source>
        <translation>%1 in der Größe geändert</translation>
    </message>
    <message>
        <source>rotated %1</source>
        <translation>%1 gedreht</translation>
    </message>
    <message>
        <source>restyled %1</source>
        <translation>%1 umgestaltet</translation>
    </message>
    <message>
        <source>edited the text of %1</source>
        <translation>%1 umgeschrieben</translation>
    </message>
    <message>
        <source>reordered %1</source>
        <translation>%1 neu angeordnet</translation>
    </message>
    <message>
        <source>locked or unlocked %1</source>
        <translation>%1 gesperrt oder entsperrt</translation>
    </message>
    <message>
        <source>grouped or ungrouped %1</source>
        <translation>%1 gruppiert oder entgruppiert</translation>
    </message>
    <message>
        <source>changed %1</source>
        <translation>%1 geändert</translation>
    </message>
    <message>
        <source>changed nothing</source>
        <translation>nichts geändert</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>%1, %2 and changed %3 more</source>
        <translation>%1, %2 und %3 weitere geändert</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Verschoben</translation>
    </message>
    <message>
        <source>Resized</source>
        <translation>Größe geändert</translation>
    </message>
    <message>
        <source>Rotated</source>
        <translation>Gedreht</translation>
    </message>
    <message>
        <source>Restyled</source>
        <translation>Stil geändert</translation>
    </message>
    <message>
        <source>Text edited</source>
        <translation>Text bearbeitet</translation>
    </message>
    <message>
        <source>Reordered</source>
        <translation>Reihenfolge geändert</translation>
    </message>
    <message>
        <source>Locked or unlocked</source>
        <translation>Gesperrt oder entsperrt</translation>
    </message>
    <message>
        <source>Grouped or ungrouped</source>
        <translation>Gruppiert oder Gruppierung aufgehoben</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
</context>
<context>
    <name>inkboard::canvas::CanvasAccessible</name>
    <message>
        <source>Canvas</source>
        <translation>Leinwand</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s)</source>
        <translation>
            <numerusform>%n Objekt</numerusform>
            <numerusform>%n Objekte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n selected</source>
        <extracomment>The canvas&apos;s description: &quot;5 objects, 2 selected&quot;.</extracomment>
        <translation>
            <numerusform>%1, %n ausgewählt</numerusform>
            <numerusform>%1, %n ausgewählt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>inkboard::canvas::CanvasView</name>
    <message>
        <source>Cut</source>
        <translation>Ausschneiden</translation>
    </message>
    <message>
        <source>Groups can nest at most %1 deep</source>
        <translation>Gruppen lassen sich höchstens %1 Ebenen tief verschachteln</translation>
    </message>
    <message>
        <source>Select two or more objects to group</source>
        <translation>Wählen Sie zwei oder mehr Objekte zum Gruppieren aus</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppieren</translation>
    </message>
    <message>
        <source>The selection holds no group</source>
        <translation>Die Auswahl enthält keine Gruppe</translation>
    </message>
    <message>
        <source>Ungroup</source>
        <translation>Gruppierung aufheben</translation>
    </message>
    <message>
        <source>Change style</source>
        <translation>Stil ändern</translation>
    </message>
    <message>
        <source>Style copied</source>
        <translation>Stil kopiert</translation>
    </message>
    <message>
        <source>Paste style</source>
        <translation>Stil einfügen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Bring to front</source>
        <translation>In den Vordergrund</translation>
    </message>
    <message>
        <source>Bring forward</source>
        <translation>Eine Ebene nach vorne</translation>
    </message>
    <message>
        <source>Send backward</source>
        <translation>Eine Ebene nach hinten</translation>
    </message>
    <message>
        <source>Align</source>
        <translation>Ausrichten</translation>
    </message>
    <message>
        <source>Distribute</source>
        <translation>Verteilen</translation>
    </message>
    <message>
        <source>Send to back</source>
        <translation>In den Hintergrund</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>Change shape</source>
        <translation>Form ändern</translation>
    </message>
    <message>
        <source>Nudge</source>
        <translation>Schrittweise verschieben</translation>
    </message>
</context>
<context>
    <name>inkboard::canvas::ObjectDescription</name>
    <message>
        <source>Highlighter stroke</source>
        <translation>Textmarker-Strich</translation>
    </message>
    <message>
        <source>Pen stroke</source>
        <translation>Stiftstrich</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos;</source>
        <extracomment>An object on the canvas as a screen reader says it: its kind, then its words.</extracomment>
        <translation>%1 „%2“</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>gesperrt</translation>
    </message>
    <message>
        <source>in a group</source>
        <translation>in einer Gruppe</translation>
    </message>
    <message>
        <source>connects two objects</source>
        <translation>verbindet zwei Objekte</translation>
    </message>
    <message>
        <source>attached at one end</source>
        <translation>an einem Ende verbunden</translation>
    </message>
</context>
<context>
    <name>inkboard::canvas::TextEditor</name>
    <message>
        <source>Edit label</source>
        <translation>Beschriftung bearbeiten</translation>
    </message>
    <message>
        <source>Add text</source>
        <translation>Text hinzufügen</translation>
    </message>
    <message>
        <source>Edit text</source>
        <translation>Text bearbeiten</translation>
    </message>
    <message>
        <source>Delete text</source>
        <translation>Text löschen</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Inkboard: draw on an infinite canvas, alone or together.
With no argument, the last drawing opens.</source>
        <translation>Inkboard: Auf einer unendlichen Leinwand zeichnen, allein oder gemeinsam.
Ohne Argument öffnet sich die letzte Zeichnung.</translation>
    </message>
    <message>
        <source>Keep drawings, images and settings in DIR (also INKBOARD_PROFILE).</source>
        <translation>Zeichnungen, Bilder und Einstellungen in DIR aufbewahren (auch INKBOARD_PROFILE).</translation>
    </message>
    <message>
        <source>Sign in to the Inkboard server at URL and open DRAWING-ID from it, or its drawing browser.</source>
        <translation>Beim Inkboard-Server unter URL anmelden und DRAWING-ID von dort öffnen, oder seine Zeichnungsübersicht.</translation>
    </message>
    <message>
        <source>The user name for --server.</source>
        <translation>Der Benutzername für --server.</translation>
    </message>
    <message>
        <source>Read the password for --user from the first line of standard input and sign in without asking.</source>
        <translation>Das Passwort für --user aus der ersten Zeile der Standardeingabe lesen und ohne Nachfrage anmelden.</translation>
    </message>
    <message>
        <source>With --export: PNG pixels per canvas unit (0.1 to 16, default 1).</source>
        <translation>Mit --export: PNG-Pixel je Leinwandeinheit (0.1 bis 16, Standard 1).</translation>
    </message>
    <message>
        <source>With --export: only these objects (ids separated by commas; the option may repeat).</source>
        <translation>Mit --export: nur diese Objekte (IDs durch Kommas getrennt; die Option darf mehrfach vorkommen).</translation>
    </message>
    <message>
        <source>Show the window in LANG (%1) this time, whatever View › Language says.</source>
        <translation>Das Fenster diesmal in LANG (%1) zeigen, unabhängig von Ansicht › Sprache.</translation>
    </message>
    <message>
        <source>Render FILE or DRAWING-ID to OUT (.png, .svg, .pdf, .excalidraw or .inkboard) without a window, then exit: 0 when written, 1 when not.</source>
        <translation>FILE oder DRAWING-ID ohne Fenster nach OUT (.png, .svg, .pdf, .excalidraw oder .inkboard) ausgeben und beenden: 0, wenn geschrieben, sonst 1.</translation>
    </message>
    <message>
        <source>A .inkboard, .excalidraw or .svg file, the id of a local drawing, or a share link (inkboard://HOST/d/ID?k=KEY or https://HOST/d/ID?k=KEY).</source>
        <translation>Eine .inkboard-, .excalidraw- oder .svg-Datei, die ID einer lokalen Zeichnung oder ein Freigabelink (inkboard://HOST/d/ID?k=KEY oder https://HOST/d/ID?k=KEY).</translation>
    </message>
</context>
</TS>
