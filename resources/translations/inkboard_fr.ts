<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>BoundedRead</name>
    <message>
        <source>the file is larger than %1 MB.</source>
        <translation>le fichier dépasse %1 Mo.</translation>
    </message>
</context>
<context>
    <name>CanvasClipboard</name>
    <message>
        <source>Cannot paste: %1</source>
        <translation>Collage impossible : %1</translation>
    </message>
    <message>
        <source>Cannot paste the images: %1</source>
        <translation>Impossible de coller les images : %1</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Coller</translation>
    </message>
    <message>
        <source>Images cannot be stored here.</source>
        <translation>Les images ne peuvent pas être enregistrées ici.</translation>
    </message>
    <message>
        <source>Insert image</source>
        <translation>Insérer une image</translation>
    </message>
    <message>
        <source>%1 is too large (at most %2 MB).</source>
        <translation>%1 est trop volumineux (%2 Mo au maximum).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Cannot paste the Excalidraw elements: they are larger than %1 MB.</source>
        <translation>Impossible de coller les éléments Excalidraw : ils dépassent %1 Mo.</translation>
    </message>
    <message>
        <source>Cannot paste the Excalidraw elements: %1</source>
        <translation>Impossible de coller les éléments Excalidraw : %1</translation>
    </message>
    <message>
        <source>There is nothing Inkboard can draw in it.</source>
        <translation>Il ne contient rien qu’Inkboard puisse dessiner.</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importer %1</translation>
    </message>
</context>
<context>
    <name>CommentThreadView</name>
    <message>
        <source> · edited</source>
        <translation> · modifié</translation>
    </message>
    <message>
        <source> · not sent yet</source>
        <translation> · pas encore envoyé</translation>
    </message>
    <message>
        <source>Comment deleted</source>
        <translation>Commentaire supprimé</translation>
    </message>
</context>
<context>
    <name>ExcalidrawReader</name>
    <message>
        <source>is not a number</source>
        <translation>n’est pas un nombre</translation>
    </message>
    <message>
        <source>is out of range</source>
        <translation>est hors limites</translation>
    </message>
    <message>
        <source>is not text</source>
        <translation>n’est pas du texte</translation>
    </message>
    <message>
        <source>is not true or false</source>
        <translation>n’est ni vrai ni faux</translation>
    </message>
    <message>
        <source>is not a list</source>
        <translation>n’est pas une liste</translation>
    </message>
    <message>
        <source>is not an object</source>
        <translation>n’est pas un objet</translation>
    </message>
    <message>
        <source>has more than %1 points</source>
        <translation>a plus de %1 points</translation>
    </message>
    <message>
        <source>holds a point that is not two numbers</source>
        <translation>contient un point qui n’est pas formé de deux nombres</translation>
    </message>
    <message>
        <source>element %1: &quot;%2&quot; %3</source>
        <translation>élément %1 : « %2 » %3</translation>
    </message>
    <message>
        <source>it holds no list of elements.</source>
        <translation>elle ne contient aucune liste d’éléments.</translation>
    </message>
    <message>
        <source>it has %1 elements; Inkboard takes at most %2.</source>
        <translation>elle a %1 éléments ; Inkboard en accepte au plus %2.</translation>
    </message>
    <message>
        <source>its &quot;files&quot; is not an object.</source>
        <translation>son « files » n’est pas un objet.</translation>
    </message>
    <message>
        <source>element %1 is not an object.</source>
        <translation>l’élément %1 n’est pas un objet.</translation>
    </message>
    <message>
        <source>it is not an Excalidraw scene (not JSON: %1 at byte %2).</source>
        <translation>ce n’est pas une scène Excalidraw (pas du JSON : %1 à l’octet %2).</translation>
    </message>
    <message>
        <source>it is not an Excalidraw scene.</source>
        <translation>ce n’est pas une scène Excalidraw.</translation>
    </message>
</context>
<context>
    <name>ForeignFile</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d’ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>Inkboard does not read this kind of file.</source>
        <translation>Inkboard ne lit pas ce type de fichier.</translation>
    </message>
    <message>
        <source>Excalidraw drawings (*.excalidraw);;SVG images (*.svg)</source>
        <translation>Dessins Excalidraw (*.excalidraw);;Images SVG (*.svg)</translation>
    </message>
</context>
<context>
    <name>HeadlessExport</name>
    <message>
        <source>Cannot make a temporary folder for the images: %1</source>
        <translation>Impossible de créer un dossier temporaire pour les images : %1</translation>
    </message>
    <message>
        <source>There is no drawing %1 in %2.</source>
        <translation>Il n&apos;y a pas de dessin %1 dans %2.</translation>
    </message>
    <message>
        <source>There is no object %1 in the drawing.</source>
        <translation>Le dessin ne contient pas d&apos;objet %1.</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>%1 n&apos;a pas pu être écrit.</translation>
    </message>
    <message>
        <source>%1: the file name must end in .png, .svg, .pdf, .excalidraw or .inkboard.</source>
        <translation>%1 : le nom du fichier doit se terminer par .png, .svg, .pdf, .excalidraw ou .inkboard.</translation>
    </message>
</context>
<context>
    <name>ImportResult</name>
    <message>
        <source>1 embeddable</source>
        <translation>1 élément intégré</translation>
    </message>
    <message>
        <source>%1 embeddables</source>
        <translation>%1 éléments intégrés</translation>
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
        <translation>1 image illisible</translation>
    </message>
    <message>
        <source>%1 images without a readable picture</source>
        <translation>%1 images illisibles</translation>
    </message>
    <message>
        <source>1 linked image</source>
        <translation>1 image liée</translation>
    </message>
    <message>
        <source>%1 linked images</source>
        <translation>%1 images liées</translation>
    </message>
    <message>
        <source>1 gradient or pattern fill</source>
        <translation>1 remplissage en dégradé ou à motif</translation>
    </message>
    <message>
        <source>%1 gradient or pattern fills</source>
        <translation>%1 remplissages en dégradé ou à motif</translation>
    </message>
    <message>
        <source>1 path fill (drawn as its outline)</source>
        <translation>1 remplissage de tracé (dessiné comme son contour)</translation>
    </message>
    <message>
        <source>%1 path fills (drawn as their outlines)</source>
        <translation>%1 remplissages de tracé (dessinés comme leurs contours)</translation>
    </message>
    <message>
        <source>1 arrow end left unbound</source>
        <translation>1 extrémité de flèche laissée libre</translation>
    </message>
    <message>
        <source>%1 arrow ends left unbound</source>
        <translation>%1 extrémités de flèche laissées libres</translation>
    </message>
    <message>
        <source>1 %1 element</source>
        <translation>1 élément de type %1</translation>
    </message>
    <message>
        <source>%1 %2 elements</source>
        <translation>%1 éléments de type %2</translation>
    </message>
    <message>
        <source>1 element could not be kept: %1</source>
        <translation>1 élément n’a pas pu être conservé : %1</translation>
    </message>
    <message>
        <source>%1 elements could not be kept: %2</source>
        <translation>%1 éléments n’ont pas pu être conservés : %2</translation>
    </message>
    <message>
        <source>a %1 is invalid: %2</source>
        <translation>un %1 est invalide : %2</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Inkboard drawings (*.inkboard);;All files (*)</source>
        <translation>Dessins Inkboard (*.inkboard);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>it is not an Inkboard drawing (not JSON: %1).</source>
        <translation>ce n&apos;est pas un dessin Inkboard (pas du JSON : %1).</translation>
    </message>
    <message>
        <source>no object</source>
        <translation>pas un objet</translation>
    </message>
    <message>
        <source>it is not an Inkboard drawing.</source>
        <translation>ce n&apos;est pas un dessin Inkboard.</translation>
    </message>
    <message>
        <source>it has no valid version.</source>
        <translation>il n&apos;a pas de version valide.</translation>
    </message>
    <message>
        <source>it was written by a newer Inkboard (format version %1).</source>
        <translation>il a été écrit par une version plus récente d’Inkboard (version de format %1).</translation>
    </message>
    <message>
        <source>the drawing is damaged: %1.</source>
        <translation>le dessin est endommagé : %1.</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>Impossible d&apos;enregistrer %1 : %2</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>quelqu&apos;un</translation>
    </message>
    <message>
        <source>%1 is editing</source>
        <translation>%1 modifie</translation>
    </message>
    <message>
        <source>Inkboard</source>
        <translation>Inkboard</translation>
    </message>
    <message>
        <source>Inkboard cannot open its drawings: %1</source>
        <translation>Inkboard ne peut pas ouvrir ses dessins : %1</translation>
    </message>
    <message>
        <source>The image is empty.</source>
        <translation>L&apos;image est vide.</translation>
    </message>
    <message>
        <source>The image is too large (%1 MB; at most %2 MB).</source>
        <translation>L&apos;image est trop volumineuse (%1 Mo ; %2 Mo au maximum).</translation>
    </message>
    <message>
        <source>This is not an image Inkboard can read.</source>
        <translation>Inkboard ne sait pas lire cette image.</translation>
    </message>
    <message>
        <source>The image is too big (%1 x %2 pixels; at most %3 on a side).</source>
        <translation>L&apos;image est trop grande (%1 × %2 pixels ; %3 au maximum par côté).</translation>
    </message>
    <message>
        <source>The image could not be decoded: %1</source>
        <translation>L&apos;image n&apos;a pas pu être décodée : %1</translation>
    </message>
    <message>
        <source>Cannot store the image in %1 (is the disk full?).</source>
        <translation>Impossible d&apos;enregistrer l&apos;image dans %1 (le disque est-il plein ?).</translation>
    </message>
    <message>
        <source>it holds no list of objects</source>
        <translation>il ne contient pas de liste d&apos;objets</translation>
    </message>
    <message>
        <source>object %1 is invalid: %2</source>
        <translation>l&apos;objet %1 n&apos;est pas valide : %2</translation>
    </message>
    <message>
        <source>object id %1 appears twice</source>
        <translation>l&apos;identifiant d&apos;objet %1 apparaît deux fois</translation>
    </message>
    <message>
        <source>an embedded image has an invalid name</source>
        <translation>une image intégrée a un nom non valide</translation>
    </message>
    <message>
        <source>an embedded image is not valid base64</source>
        <translation>une image intégrée n&apos;est pas du base64 valide</translation>
    </message>
    <message>
        <source>an embedded image does not match its hash</source>
        <translation>une image intégrée ne correspond pas à son empreinte</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>There is nothing to export.</source>
        <translation>Il n&apos;y a rien à exporter.</translation>
    </message>
    <message>
        <source>The image would be %1 x %2 pixels; at most %3 on a side. Export at a smaller scale.</source>
        <translation>L&apos;image ferait %1 × %2 pixels ; %3 au maximum par côté. Exportez à une échelle plus petite.</translation>
    </message>
    <message>
        <source>Not enough memory for a %1 x %2 image.</source>
        <translation>Pas assez de mémoire pour une image de %1 × %2.</translation>
    </message>
    <message>
        <source>Cannot start the SVG writer.</source>
        <translation>Impossible de démarrer l&apos;export SVG.</translation>
    </message>
    <message>
        <source>Cannot start the PDF writer.</source>
        <translation>Impossible de démarrer l&apos;export PDF.</translation>
    </message>
    <message>
        <source>Select</source>
        <translation>Sélection</translation>
    </message>
    <message>
        <source>Hand</source>
        <translation>Main</translation>
    </message>
    <message>
        <source>Laser pointer</source>
        <translation>Pointeur laser</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Pen</source>
        <translation>Stylo</translation>
    </message>
    <message>
        <source>Highlighter</source>
        <translation>Surligneur</translation>
    </message>
    <message>
        <source>Eraser</source>
        <translation>Gomme</translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation>Rectangle</translation>
    </message>
    <message>
        <source>Diamond</source>
        <translation>Losange</translation>
    </message>
    <message>
        <source>Triangle</source>
        <translation>Triangle</translation>
    </message>
    <message>
        <source>Hexagon</source>
        <translation>Hexagone</translation>
    </message>
    <message>
        <source>Parallelogram</source>
        <translation>Parallélogramme</translation>
    </message>
    <message>
        <source>Ellipse</source>
        <translation>Ellipse</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Arrow</source>
        <translation>Flèche</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Sticky note</source>
        <translation>Note adhésive</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Eraser: parts of strokes</source>
        <translation>Gomme : parties de traits</translation>
    </message>
    <message>
        <source>Eraser: whole objects</source>
        <translation>Gomme : objets entiers</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Draw</source>
        <translation>Dessiner</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Déplacer</translation>
    </message>
    <message>
        <source>Resize</source>
        <translation>Redimensionner</translation>
    </message>
    <message>
        <source>Move connector end</source>
        <translation>Déplacer l&apos;extrémité du connecteur</translation>
    </message>
    <message>
        <source>Move label</source>
        <translation>Déplacer l&apos;étiquette</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>Faire pivoter</translation>
    </message>
    <message>
        <source>Draw %1</source>
        <translation>Dessiner : %1</translation>
    </message>
    <message>
        <source>Drawings (*.inkboard *.excalidraw *.svg);;Inkboard drawings (*.inkboard)</source>
        <translation>Dessins (*.inkboard *.excalidraw *.svg);;Dessins Inkboard (*.inkboard)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Unknown export format &quot;%1&quot;: use .png, .svg, .pdf or .excalidraw.</source>
        <translation>Format d’export inconnu « %1 » : utilisez .png, .svg, .pdf ou .excalidraw.</translation>
    </message>
</context>
<context>
    <name>SvgReader</name>
    <message>
        <source>it has more than %1 shapes.</source>
        <translation>elle a plus de %1 formes.</translation>
    </message>
    <message>
        <source>its paths have more than %1 points.</source>
        <translation>ses tracés ont plus de %1 points.</translation>
    </message>
    <message>
        <source>it is not an SVG image (it starts with &lt;%1&gt;).</source>
        <translation>ce n’est pas une image SVG (elle commence par &lt;%1&gt;).</translation>
    </message>
    <message>
        <source>its elements nest more than %1 deep.</source>
        <translation>ses éléments sont imbriqués sur plus de %1 niveaux.</translation>
    </message>
    <message>
        <source>line %1: a path&apos;s data is malformed.</source>
        <translation>ligne %1 : les données d’un tracé sont mal formées.</translation>
    </message>
    <message>
        <source>it is not a well-formed SVG image (line %1: %2).</source>
        <translation>ce n’est pas une image SVG bien formée (ligne %1 : %2).</translation>
    </message>
    <message>
        <source>it is not an SVG image.</source>
        <translation>ce n’est pas une image SVG.</translation>
    </message>
    <message>
        <source>it holds a shape Inkboard cannot keep: %1.</source>
        <translation>elle contient une forme qu’Inkboard ne peut pas conserver : %1.</translation>
    </message>
</context>
<context>
    <name>inkboard::app::BinPage</name>
    <message>
        <source>Deleted drawings stay here until the date shown, then they are deleted for good.</source>
        <translation>Les dessins supprimés restent ici jusqu&apos;à la date indiquée, puis sont supprimés définitivement.</translation>
    </message>
    <message>
        <source>Res&amp;tore</source>
        <translation>Rest&amp;aurer</translation>
    </message>
    <message>
        <source>Delete &amp;Forever…</source>
        <translation>Supprimer dé&amp;finitivement…</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; for good, on the server and on this computer? This cannot be undone.</source>
        <translation>Supprimer « %1 » définitivement, sur le serveur et sur cet ordinateur ? Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; for good? This cannot be undone.</source>
        <translation>Supprimer « %1 » définitivement ? Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Delete forever</source>
        <translation>Supprimer définitivement</translation>
    </message>
    <message>
        <source>Loading the server&apos;s bin…</source>
        <translation>Chargement de la corbeille du serveur…</translation>
    </message>
    <message>
        <source>The server&apos;s bin is not shown: %1</source>
        <translation>La corbeille du serveur n&apos;est pas affichée : %1</translation>
    </message>
    <message>
        <source>on this computer</source>
        <translation>sur cet ordinateur</translation>
    </message>
    <message>
        <source>on %1 · copy on this computer</source>
        <translation>sur %1 · copie sur cet ordinateur</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>sur %1</translation>
    </message>
    <message>
        <source>copy of a drawing on %1</source>
        <translation>copie d&apos;un dessin sur %1</translation>
    </message>
    <message>
        <source>%1
Deleted %2 · deleted for good after %3 · %4</source>
        <translation>%1
Supprimé le %2 · supprimé définitivement après le %3 · %4</translation>
    </message>
    <message>
        <source>The bin is empty.</source>
        <translation>La corbeille est vide.</translation>
    </message>
    <message>
        <source>Bin</source>
        <translation>Corbeille</translation>
    </message>
    <message>
        <source>Cannot restore &quot;%1&quot;: %2</source>
        <translation>Impossible de restaurer « %1 » : %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is back among the drawings.</source>
        <translation>« %1 » est de retour parmi les dessins.</translation>
    </message>
    <message>
        <source>Cannot delete &quot;%1&quot;: %2</source>
        <translation>Impossible de supprimer « %1 » : %2</translation>
    </message>
</context>
<context>
    <name>inkboard::app::CanvasContextMenu</name>
    <message>
        <source>Co&amp;mment Here</source>
        <translation>Commenter &amp;ici</translation>
    </message>
    <message>
        <source>Co&amp;mment on This Object</source>
        <translation>Commenter cet o&amp;bjet</translation>
    </message>
</context>
<context>
    <name>inkboard::app::DesktopRecent</name>
    <message>
        <source>%1 is too large to be a list of recent files.</source>
        <translation>%1 est trop volumineux pour être une liste de fichiers récents.</translation>
    </message>
    <message>
        <source>%1 cannot be read (line %2: %3); it is left as it is.</source>
        <translation>%1 ne peut pas être lu (ligne %2 : %3) ; il est laissé tel quel.</translation>
    </message>
    <message>
        <source>%1 is not a list of recent files; it is left as it is.</source>
        <translation>%1 n&apos;est pas une liste de fichiers récents ; il est laissé tel quel.</translation>
    </message>
</context>
<context>
    <name>inkboard::app::DrawingListDialog</name>
    <message>
        <source>Drawings</source>
        <translation>Dessins</translation>
    </message>
    <message>
        <source>Sign &amp;In…</source>
        <translation>Se &amp;connecter…</translation>
    </message>
    <message>
        <source>Sign O&amp;ut</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>Drawin&amp;gs</source>
        <translation>Dessin&amp;s</translation>
    </message>
    <message>
        <source>&amp;Bin</source>
        <translation>Corbe&amp;ille</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>Su&amp;pprimer…</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>Pu&amp;blier</translation>
    </message>
    <message>
        <source>Put this drawing on the server (it keeps its id and content)</source>
        <translation>Mettre ce dessin sur le serveur (il garde son identifiant et son contenu)</translation>
    </message>
    <message>
        <source>&amp;Share…</source>
        <translation>Par&amp;tager…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>New drawing</source>
        <translation>Nouveau dessin</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titre :</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>Rename drawing</source>
        <translation>Renommer le dessin</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; from the server and this computer, for everyone it is shared with? It goes to the bin, where you can restore it.</source>
        <translation>Supprimer « %1 » du serveur et de cet ordinateur, pour toutes les personnes avec qui il est partagé ? Il va dans la corbeille, où vous pouvez le restaurer.</translation>
    </message>
    <message>
        <source>Remove your copy of &quot;%1&quot; from this computer? The server keeps it; your copy goes to the bin.</source>
        <translation>Retirer votre copie de « %1 » de cet ordinateur ? Le serveur la garde ; votre copie va dans la corbeille.</translation>
    </message>
    <message numerus="yes">
        <source>Move &quot;%1&quot; to the bin? You can restore it there for %n days.</source>
        <translation>
            <numerusform>Mettre « %1 » à la corbeille ? Vous pourrez l’y restaurer pendant %n jour.</numerusform>
            <numerusform>Mettre « %1 » à la corbeille ? Vous pourrez l’y restaurer pendant %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete drawing</source>
        <translation>Supprimer le dessin</translation>
    </message>
    <message>
        <source>Signed in to &lt;b&gt;%1&lt;/b&gt; as &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>Connecté à &lt;b&gt;%1&lt;/b&gt; en tant que &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Drawings on this computer. Sign in to share them.</source>
        <translation>Dessins sur cet ordinateur. Connectez-vous pour les partager.</translation>
    </message>
    <message>
        <source>Not signed in to %1.</source>
        <translation>Non connecté à %1.</translation>
    </message>
    <message>
        <source>Loading the server&apos;s drawings…</source>
        <translation>Chargement des dessins du serveur…</translation>
    </message>
    <message>
        <source>The server no longer accepts your sign-in: sign in again.</source>
        <translation>Le serveur n&apos;accepte plus votre connexion : reconnectez-vous.</translation>
    </message>
    <message>
        <source>The server&apos;s drawings are not shown: %1</source>
        <translation>Les dessins du serveur ne sont pas affichés : %1</translation>
    </message>
    <message>
        <source>on this computer</source>
        <translation>sur cet ordinateur</translation>
    </message>
    <message>
        <source>on %1 · %2</source>
        <translation>sur %1 · %2</translation>
    </message>
    <message>
        <source>on %1 · %2 · copy on this computer</source>
        <translation>sur %1 · %2 · copie sur cet ordinateur</translation>
    </message>
    <message>
        <source>%1
%2 · %3</source>
        <translation>%1
%2 · %3</translation>
    </message>
    <message>
        <source>Cannot keep the drawing on this computer: %1</source>
        <translation>Impossible de garder le dessin sur cet ordinateur : %1</translation>
    </message>
    <message>
        <source>Cannot rename the drawing: %1</source>
        <translation>Impossible de renommer le dessin : %1</translation>
    </message>
    <message>
        <source>Cannot delete the drawing: %1</source>
        <translation>Impossible de supprimer le dessin : %1</translation>
    </message>
</context>
<context>
    <name>inkboard::app::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>Image PNG</translation>
    </message>
    <message>
        <source>SVG vector image</source>
        <translation>Image vectorielle SVG</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Document PDF</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Échelle</translation>
    </message>
    <message>
        <source>Transparent background</source>
        <translation>Arrière-plan transparent</translation>
    </message>
    <message>
        <source>Only the selection</source>
        <translation>Uniquement la sélection</translation>
    </message>
    <message>
        <source>Include comment &amp;markers</source>
        <translation>Inclure les &amp;marqueurs de commentaire</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Excalidraw drawing</source>
        <translation>Dessin Excalidraw</translation>
    </message>
</context>
<context>
    <name>inkboard::app::FileFlows</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>No drawing is open.</source>
        <translation>Aucun dessin n&apos;est ouvert.</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Enregistré dans %1</translation>
    </message>
    <message>
        <source>Open Drawing File</source>
        <translation>Ouvrir un fichier de dessin</translation>
    </message>
    <message>
        <source>Save Drawing to File</source>
        <translation>Enregistrer le dessin dans un fichier</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>Fichiers %1 (*.%2)</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exporté</translation>
    </message>
    <message>
        <source>Insert Image</source>
        <translation>Insérer une image</translation>
    </message>
    <message>
        <source>Images (%1);;All files (*)</source>
        <translation>Images (%1);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Open a drawing you can edit to import into it.</source>
        <translation>Ouvrez un dessin que vous pouvez modifier pour y importer des objets.</translation>
    </message>
    <message>
        <source>Add Objects from a File</source>
        <translation>Ajouter des objets depuis un fichier</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Excalidraw drawings (*.excalidraw)</source>
        <translation>Dessins Excalidraw (*.excalidraw)</translation>
    </message>
</context>
<context>
    <name>inkboard::app::FollowController</name>
    <message>
        <source>Stopped following: they left the drawing.</source>
        <translation>Vous ne suivez plus : la personne a quitté le dessin.</translation>
    </message>
</context>
<context>
    <name>inkboard::app::MainWindow</name>
    <message>
        <source>Style</source>
        <translation>Style</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Outils</translation>
    </message>
    <message>
        <source>&amp;New Drawing</source>
        <translation>&amp;Nouveau dessin</translation>
    </message>
    <message>
        <source>New &amp;Window</source>
        <translation>Nouvelle &amp;fenêtre</translation>
    </message>
    <message>
        <source>&amp;Drawings…</source>
        <translation>&amp;Dessins…</translation>
    </message>
    <message>
        <source>&amp;Open File…</source>
        <translation>&amp;Ouvrir un fichier…</translation>
    </message>
    <message>
        <source>&amp;Save to File</source>
        <translation>&amp;Enregistrer dans un fichier</translation>
    </message>
    <message>
        <source>Save to File &amp;As…</source>
        <translation>Enregistrer dans un fichier &amp;sous…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Rena&amp;me Drawing…</source>
        <translation>&amp;Renommer le dessin…</translation>
    </message>
    <message>
        <source>Sign &amp;In to a Server…</source>
        <translation>Se &amp;connecter à un serveur…</translation>
    </message>
    <message>
        <source>Sign O&amp;ut</source>
        <translation>Se d&amp;éconnecter</translation>
    </message>
    <message>
        <source>&amp;Publish to Server</source>
        <translation>&amp;Publier sur le serveur</translation>
    </message>
    <message>
        <source>S&amp;hare…</source>
        <translation>Par&amp;tager…</translation>
    </message>
    <message>
        <source>Open &amp;Link…</source>
        <translation>Ouvrir un &amp;lien…</translation>
    </message>
    <message>
        <source>&amp;Close Window</source>
        <translation>Fer&amp;mer la fenêtre</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <source>&amp;Comments</source>
        <translation>Co&amp;mmentaires</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Participants</translation>
    </message>
    <message>
        <source>Following %1 (pan or zoom to stop)</source>
        <translation>Vous suivez %1 (déplacez ou zoomez pour arrêter)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>%1 asks everyone to follow them.</source>
        <translation>%1 invite tout le monde à suivre sa vue.</translation>
    </message>
    <message>
        <source>&amp;Follow</source>
        <translation>&amp;Suivre</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Quelqu&apos;un</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) you had changed were deleted by %1 at %2, with your changes.</source>
        <translation>
            <numerusform>%n objet que vous aviez modifié a été supprimé par %1 à %2, avec vos modifications.</numerusform>
            <numerusform>%n objets que vous aviez modifiés ont été supprimés par %1 à %2, avec vos modifications.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Restore mine</source>
        <translation>&amp;Restaurer les miens</translation>
    </message>
    <message>
        <source>Restore deleted objects</source>
        <translation>Restaurer les objets supprimés</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>quelqu&apos;un</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) you made offline replaced changes %1 and others made meanwhile (from %2).</source>
        <translation>
            <numerusform>%n modification faite hors ligne a remplacé des modifications faites entre-temps par %1 et d’autres (depuis %2).</numerusform>
            <numerusform>%n modifications faites hors ligne ont remplacé des modifications faites entre-temps par %1 et d’autres (depuis %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) you made offline replaced changes %1 made meanwhile (at %2).</source>
        <translation>
            <numerusform>%n modification faite hors ligne a remplacé des modifications faites entre-temps par %1 (à %2).</numerusform>
            <numerusform>%n modifications faites hors ligne ont remplacé des modifications faites entre-temps par %1 (à %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Afficher</translation>
    </message>
    <message>
        <source>&amp;Keep theirs</source>
        <translation>&amp;Garder les leurs</translation>
    </message>
    <message>
        <source>Keep their changes</source>
        <translation>Garder leurs modifications</translation>
    </message>
    <message numerus="yes">
        <source>You can no longer edit this drawing (its owner made you a viewer). %n change(s) you made are kept on this computer and still shown, but cannot be sent.</source>
        <translation>
            <numerusform>Vous ne pouvez plus modifier ce dessin (son propriétaire vous a mis en lecture seule). %n modification de votre part est gardée sur cet ordinateur et toujours affichée, mais ne peut pas être envoyée.</numerusform>
            <numerusform>Vous ne pouvez plus modifier ce dessin (son propriétaire vous a mis en lecture seule). %n modifications de votre part sont gardées sur cet ordinateur et toujours affichées, mais ne peuvent pas être envoyées.</numerusform>
        </translation>
    </message>
    <message>
        <source>View only: you can look at this drawing, but not change it.</source>
        <translation>Lecture seule : vous pouvez regarder ce dessin, mais pas le modifier.</translation>
    </message>
    <message>
        <source>The drawing is open in another window.</source>
        <translation>Le dessin est ouvert dans une autre fenêtre.</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>Cannot create a drawing: %1</source>
        <translation>Impossible de créer un dessin : %1</translation>
    </message>
    <message>
        <source>There is no drawing %1 on this computer.</source>
        <translation>Il n&apos;y a pas de dessin %1 sur cet ordinateur.</translation>
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
            <numerusform>%n objet</numerusform>
            <numerusform>%n objets</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved on this computer</source>
        <translation>Enregistré sur cet ordinateur</translation>
    </message>
    <message numerus="yes">
        <source>Saved on this computer · %n change(s) to send</source>
        <translation>
            <numerusform>Enregistré sur cet ordinateur · %n modification à envoyer</numerusform>
            <numerusform>Enregistré sur cet ordinateur · %n modifications à envoyer</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved on this computer · in sync</source>
        <translation>Enregistré sur cet ordinateur · synchronisé</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Rename Drawing</source>
        <translation>Renommer le dessin</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titre :</translation>
    </message>
    <message>
        <source>Inkboard follows the system&apos;s language from its next start.</source>
        <translation>Au prochain démarrage, Inkboard suivra la langue du système.</translation>
    </message>
    <message>
        <source>Inkboard will be in %1 from its next start.</source>
        <translation>Au prochain démarrage, Inkboard sera en %1.</translation>
    </message>
    <message>
        <source>Add Ob&amp;jects from a File…</source>
        <translation>A&amp;jouter des objets depuis un fichier…</translation>
    </message>
</context>
<context>
    <name>inkboard::app::MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>inkboard::app::PeoplePanel</name>
    <message>
        <source>&amp;People here</source>
        <translation>&amp;Participants présents</translation>
    </message>
    <message>
        <source>Enter or double-click: go to where they are</source>
        <translation>Entrée ou double-clic : aller là où se trouve la personne</translation>
    </message>
    <message>
        <source>&amp;Go to</source>
        <translation>&amp;Rejoindre</translation>
    </message>
    <message>
        <source>&amp;Follow</source>
        <translation>&amp;Suivre</translation>
    </message>
    <message>
        <source>Ask everyone to follow &amp;me</source>
        <translation>Inviter tout le monde à &amp;me suivre</translation>
    </message>
    <message>
        <source>away</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>editing text</source>
        <translation>modifie du texte</translation>
    </message>
    <message>
        <source>drawing</source>
        <translation>dessine</translation>
    </message>
    <message>
        <source>pointing</source>
        <translation>pointe</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>inactif</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>quelqu&apos;un</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source> · presenting</source>
        <translation> · présente</translation>
    </message>
    <message>
        <source> · following</source>
        <translation> · suit</translation>
    </message>
    <message>
        <source>They have not shown where they are yet.</source>
        <translation>Cette personne n&apos;a pas encore montré où elle se trouve.</translation>
    </message>
    <message>
        <source>Stop &amp;following</source>
        <translation>&amp;Ne plus suivre</translation>
    </message>
</context>
<context>
    <name>inkboard::app::ServerFlows</name>
    <message>
        <source>You are not signed in to a server.</source>
        <translation>Vous n&apos;êtes connecté à aucun serveur.</translation>
    </message>
    <message>
        <source>Signed out of %1. Your edits stay on this computer.</source>
        <translation>Déconnecté de %1. Vos modifications restent sur cet ordinateur.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server address.</source>
        <translation>« %1 » n&apos;est pas une adresse de serveur.</translation>
    </message>
    <message>
        <source>Cannot open the drawing.</source>
        <translation>Impossible d&apos;ouvrir le dessin.</translation>
    </message>
    <message>
        <source>%1 has no drawing %2 shared with you.</source>
        <translation>%1 n&apos;a aucun dessin %2 partagé avec vous.</translation>
    </message>
    <message>
        <source>Cannot list the drawings of %1: %2</source>
        <translation>Impossible de lister les dessins de %1 : %2</translation>
    </message>
    <message>
        <source>Open Link</source>
        <translation>Ouvrir un lien</translation>
    </message>
    <message>
        <source>Paste a link to an Inkboard drawing:</source>
        <translation>Collez un lien vers un dessin Inkboard :</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a link to an Inkboard drawing.</source>
        <translation>« %1 » n&apos;est pas un lien vers un dessin Inkboard.</translation>
    </message>
    <message>
        <source>You can view this drawing: the link made you a viewer.</source>
        <translation>Vous pouvez voir ce dessin : le lien vous a donné un accès en lecture.</translation>
    </message>
    <message>
        <source>You can edit this drawing: the link made you an editor.</source>
        <translation>Vous pouvez modifier ce dessin : le lien vous a donné un accès en écriture.</translation>
    </message>
    <message>
        <source>This link does not open anything: it is mistyped, or it expired or was revoked.</source>
        <translation>Ce lien n&apos;ouvre rien : il est mal saisi, a expiré ou a été révoqué.</translation>
    </message>
    <message numerus="yes">
        <source>Too many links tried; try again in %n second(s).</source>
        <translation>
            <numerusform>Trop de liens essayés ; réessayez dans %n seconde.</numerusform>
            <numerusform>Trop de liens essayés ; réessayez dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open the link: %1</source>
        <translation>Impossible d&apos;ouvrir le lien : %1</translation>
    </message>
</context>
<context>
    <name>inkboard::app::ShareDialog</name>
    <message>
        <source>Share &quot;%1&quot;</source>
        <translation>Partager « %1 »</translation>
    </message>
    <message>
        <source>Who can open this drawing on %1:</source>
        <translation>Qui peut ouvrir ce dessin sur %1 :</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>can edit</source>
        <translation>peut modifier</translation>
    </message>
    <message>
        <source>can view</source>
        <translation>peut voir</translation>
    </message>
    <message>
        <source>&amp;Share</source>
        <translation>&amp;Partager</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Cannot list the members: %1</source>
        <translation>Impossible de lister les membres : %1</translation>
    </message>
    <message>
        <source>Sharing with %1…</source>
        <translation>Partage avec %1…</translation>
    </message>
    <message>
        <source>Shared with %1.</source>
        <translation>Partagé avec %1.</translation>
    </message>
    <message>
        <source>There is no user %1 on this server.</source>
        <translation>Il n&apos;y a pas d&apos;utilisateur %1 sur ce serveur.</translation>
    </message>
    <message>
        <source>Cannot share: %1</source>
        <translation>Partage impossible : %1</translation>
    </message>
    <message>
        <source>%1 no longer has access.</source>
        <translation>%1 n&apos;a plus accès.</translation>
    </message>
    <message>
        <source>Cannot remove %1: %2</source>
        <translation>Impossible de retirer %1 : %2</translation>
    </message>
</context>
<context>
    <name>inkboard::app::ShareLinksPanel</name>
    <message>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <source>can view</source>
        <translation>peut voir</translation>
    </message>
    <message>
        <source>can edit</source>
        <translation>peut modifier</translation>
    </message>
    <message>
        <source>never expires</source>
        <translation>n&apos;expire jamais</translation>
    </message>
    <message>
        <source>for 1 hour</source>
        <translation>pendant 1 heure</translation>
    </message>
    <message>
        <source>for 1 day</source>
        <translation>pendant 1 jour</translation>
    </message>
    <message>
        <source>for 7 days</source>
        <translation>pendant 7 jours</translation>
    </message>
    <message>
        <source>for 30 days</source>
        <translation>pendant 30 jours</translation>
    </message>
    <message>
        <source>Create &amp;Link</source>
        <translation>Créer un &amp;lien</translation>
    </message>
    <message>
        <source>Anyone &amp;with the link</source>
        <translation>Toute personne &amp;ayant le lien</translation>
    </message>
    <message>
        <source>A new link shows here once; copy it then.</source>
        <translation>Un nouveau lien n&apos;est affiché ici qu&apos;une fois ; copiez-le à ce moment-là.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Ont rejoint</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>Créé par</translation>
    </message>
    <message>
        <source>Re&amp;voke</source>
        <translation>Ré&amp;voquer</translation>
    </message>
    <message>
        <source>The link stops working; who joined through it loses access, unless you have set their role since.</source>
        <translation>Le lien cesse de fonctionner ; les personnes qui l&apos;ont utilisé perdent leur accès, sauf si vous avez défini leur rôle depuis.</translation>
    </message>
    <message>
        <source>Only the drawing&apos;s owner can make and see its links.</source>
        <translation>Seul le propriétaire du dessin peut créer et voir ses liens.</translation>
    </message>
    <message>
        <source>Cannot list the links: %1</source>
        <translation>Impossible de lister les liens : %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>expired %1</source>
        <translation>expiré %1</translation>
    </message>
    <message>
        <source>Making a link…</source>
        <translation>Création d&apos;un lien…</translation>
    </message>
    <message>
        <source>Cannot make a link: %1</source>
        <translation>Impossible de créer un lien : %1</translation>
    </message>
    <message>
        <source>Link made. Copy it now: it is shown only once.</source>
        <translation>Lien créé. Copiez-le maintenant : il n&apos;est affiché qu&apos;une fois.</translation>
    </message>
    <message>
        <source>Link copied.</source>
        <translation>Lien copié.</translation>
    </message>
    <message>
        <source>Link revoked: it no longer works.</source>
        <translation>Lien révoqué : il ne fonctionne plus.</translation>
    </message>
    <message>
        <source>Cannot revoke the link: %1</source>
        <translation>Impossible de révoquer le lien : %1</translation>
    </message>
</context>
<context>
    <name>inkboard::app::SignInDialog</name>
    <message>
        <source>Sign In to a Server</source>
        <translation>Se connecter à un serveur</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server address; type one like https://ink.example.org or 127.0.0.1:8080.</source>
        <translation>« %1 » n&apos;est pas une adresse de serveur ; saisissez-en une comme https://ink.example.org ou 127.0.0.1:8080.</translation>
    </message>
    <message>
        <source>Type your user name and password.</source>
        <translation>Saisissez votre nom d&apos;utilisateur et votre mot de passe.</translation>
    </message>
    <message>
        <source>No answer from %1: %2</source>
        <translation>Pas de réponse de %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not an Inkboard server (GET /info did not answer like one). Check the address.</source>
        <translation>%1 n&apos;est pas un serveur Inkboard (GET /info n&apos;a pas répondu comme tel). Vérifiez l&apos;adresse.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Nom d&apos;utilisateur ou mot de passe incorrect.</translation>
    </message>
    <message>
        <source>Cannot sign in: %1</source>
        <translation>Connexion impossible : %1</translation>
    </message>
</context>
<context>
    <name>inkboard::app::StylePanel</name>
    <message>
        <source>Stroke</source>
        <translation>Trait</translation>
    </message>
    <message>
        <source>Fill</source>
        <translation>Remplissage</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Épaisseur</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>Opacité</translation>
    </message>
    <message>
        <source>Corner radius of rectangles (0: square)</source>
        <translation>Rayon des coins des rectangles (0 : carrés)</translation>
    </message>
    <message>
        <source>Corners</source>
        <translation>Coins</translation>
    </message>
    <message>
        <source>Font size</source>
        <translation>Taille de police</translation>
    </message>
    <message>
        <source>Sans</source>
        <translation>Sans empattement</translation>
    </message>
    <message>
        <source>Serif</source>
        <translation>Avec empattement</translation>
    </message>
    <message>
        <source>Mono</source>
        <translation>Chasse fixe</translation>
    </message>
    <message>
        <source>Hand</source>
        <translation>Manuscrite</translation>
    </message>
    <message>
        <source>Font</source>
        <translation>Police</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>Mixte</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Gauche</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>Centre</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Droite</translation>
    </message>
    <message>
        <source>Align</source>
        <translation>Alignement</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Haut</translation>
    </message>
    <message>
        <source>Middle</source>
        <translation>Milieu</translation>
    </message>
    <message>
        <source>Bottom</source>
        <translation>Bas</translation>
    </message>
    <message>
        <source>Where a shape&apos;s label sits in it</source>
        <translation>Position de l&apos;étiquette dans la forme</translation>
    </message>
    <message>
        <source>Vertical</source>
        <translation>Vertical</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Arrow</source>
        <translation>Flèche</translation>
    </message>
    <message>
        <source>Triangle</source>
        <translation>Triangle</translation>
    </message>
    <message>
        <source>Dot</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>Bar</source>
        <translation>Barre</translation>
    </message>
    <message>
        <source>Straight</source>
        <translation>Droit</translation>
    </message>
    <message>
        <source>Elbow</source>
        <translation>En coude</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Tracé</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Solid</source>
        <translation>Plein</translation>
    </message>
    <message>
        <source>Dashed</source>
        <translation>Tirets</translation>
    </message>
    <message>
        <source>Dotted</source>
        <translation>Pointillés</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Contour</translation>
    </message>
    <message>
        <source>Hatched</source>
        <translation>Hachuré</translation>
    </message>
    <message>
        <source>Fill style</source>
        <translation>Style de remplissage</translation>
    </message>
    <message>
        <source>Note colour %1</source>
        <translation>Couleur de note %1</translation>
    </message>
    <message>
        <source>Other color…</source>
        <translation>Autre couleur…</translation>
    </message>
    <message>
        <source>Fill color</source>
        <translation>Couleur de remplissage</translation>
    </message>
    <message>
        <source>Stroke color</source>
        <translation>Couleur du trait</translation>
    </message>
    <message>
        <source>Mixed: the selection holds several opacities</source>
        <translation>Mixte : la sélection a plusieurs opacités</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Opacity (mixed)</source>
        <translation>Opacité (mixte)</translation>
    </message>
</context>
<context>
    <name>inkboard::app::SyncStatePresenter</name>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Who is here: click to see them in the People panel</source>
        <translation>Qui est là : cliquez pour les voir dans le panneau Participants</translation>
    </message>
    <message>
        <source>No drawing</source>
        <translation>Aucun dessin</translation>
    </message>
    <message>
        <source>Offline · only on this computer (publish to share)</source>
        <translation>Hors ligne · uniquement sur cet ordinateur (publiez pour partager)</translation>
    </message>
    <message>
        <source>signed out</source>
        <translation>déconnecté</translation>
    </message>
    <message>
        <source>sign-in expired, sign in again</source>
        <translation>connexion expirée, reconnectez-vous</translation>
    </message>
    <message>
        <source>access removed or drawing deleted</source>
        <translation>accès retiré ou dessin supprimé</translation>
    </message>
    <message>
        <source>the id is taken on the server</source>
        <translation>l&apos;identifiant est déjà pris sur le serveur</translation>
    </message>
    <message>
        <source>server unreachable, retrying</source>
        <translation>serveur injoignable, nouvelle tentative</translation>
    </message>
    <message>
        <source>the server&apos;s answer is too large to read</source>
        <translation>la réponse du serveur est trop volumineuse pour être lue</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Offline · %1</source>
        <translation>Hors ligne · %1</translation>
    </message>
    <message numerus="yes">
        <source> · %n pending</source>
        <translation>
            <numerusform> · %n en attente</numerusform>
            <numerusform> · %n en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Syncing (%n pending)</source>
        <translation>
            <numerusform>Synchronisation (%n en attente)</numerusform>
            <numerusform>Synchronisation (%n en attente)</numerusform>
        </translation>
    </message>
    <message>
        <source> · rate limited, retrying</source>
        <translation> · débit limité, nouvelle tentative</translation>
    </message>
    <message>
        <source> · server busy, retrying</source>
        <translation> · serveur occupé, nouvelle tentative</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>En direct</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Serveur : %1</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;people&quot; style=&quot;text-decoration:none&quot;&gt;Here: %1&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;people&quot; style=&quot;text-decoration:none&quot;&gt;Présents : %1&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>inkboard::app::WindowActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <source>Dupl&amp;icate</source>
        <translation>Dupli&amp;quer</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <source>Bring to &amp;Front</source>
        <translation>Mettre au pre&amp;mier plan</translation>
    </message>
    <message>
        <source>Send to &amp;Back</source>
        <translation>Mettre à l&apos;arr&amp;ière-plan</translation>
    </message>
    <message>
        <source>Bring For&amp;ward</source>
        <translation>Avancer d&apos;un &amp;niveau</translation>
    </message>
    <message>
        <source>Send Bac&amp;kward</source>
        <translation>R&amp;eculer d&apos;un niveau</translation>
    </message>
    <message>
        <source>Align &amp;Left</source>
        <translation>Aligner à &amp;gauche</translation>
    </message>
    <message>
        <source>Align &amp;Centres</source>
        <translation>Centrer hori&amp;zontalement</translation>
    </message>
    <message>
        <source>Align &amp;Right</source>
        <translation>Aligner à &amp;droite</translation>
    </message>
    <message>
        <source>Align &amp;Top</source>
        <translation>Aligner en &amp;haut</translation>
    </message>
    <message>
        <source>Align &amp;Middles</source>
        <translation>Centrer &amp;verticalement</translation>
    </message>
    <message>
        <source>Align &amp;Bottom</source>
        <translation>Aligner en &amp;bas</translation>
    </message>
    <message>
        <source>Distribute &amp;Horizontally</source>
        <translation>Répartir h&amp;orizontalement</translation>
    </message>
    <message>
        <source>Distribute &amp;Vertically</source>
        <translation>Répartir verticale&amp;ment</translation>
    </message>
    <message>
        <source>Copy St&amp;yle</source>
        <translation>Copier le st&amp;yle</translation>
    </message>
    <message>
        <source>Pa&amp;ste Style</source>
        <translation>Coller le sty&amp;le</translation>
    </message>
    <message>
        <source>L&amp;ock / Unlock</source>
        <translation>&amp;Verrouiller / Déverrouiller</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>&amp;Grouper</translation>
    </message>
    <message>
        <source>U&amp;ngroup</source>
        <translation>&amp;Dégrouper</translation>
    </message>
    <message>
        <source>&amp;Rectangle</source>
        <translation>&amp;Rectangle</translation>
    </message>
    <message>
        <source>&amp;Diamond</source>
        <translation>&amp;Losange</translation>
    </message>
    <message>
        <source>&amp;Triangle</source>
        <translation>&amp;Triangle</translation>
    </message>
    <message>
        <source>&amp;Hexagon</source>
        <translation>&amp;Hexagone</translation>
    </message>
    <message>
        <source>&amp;Parallelogram</source>
        <translation>&amp;Parallélogramme</translation>
    </message>
    <message>
        <source>Sticky &amp;Note</source>
        <translation>&amp;Note adhésive</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Taille réelle</translation>
    </message>
    <message>
        <source>Zoom to &amp;Fit</source>
        <translation>Ajuster au &amp;contenu</translation>
    </message>
    <message>
        <source>Zoom to &amp;Selection</source>
        <translation>Zoom sur la &amp;sélection</translation>
    </message>
    <message>
        <source>Show &amp;Grid</source>
        <translation>Afficher la &amp;grille</translation>
    </message>
    <message>
        <source>S&amp;nap to Objects</source>
        <translation>Aimanter aux &amp;objets</translation>
    </message>
    <message>
        <source>Pen Only (&amp;Touch Pans)</source>
        <translation>Stylet &amp;uniquement (le tactile déplace)</translation>
    </message>
    <message>
        <source>St&amp;yle Panel</source>
        <translation>Panneau de st&amp;yle</translation>
    </message>
    <message>
        <source>Eraser Cuts &amp;Strokes</source>
        <translation>La gomme coupe les &amp;traits</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About Inkboard</source>
        <translation>À &amp;propos d&apos;Inkboard</translation>
    </message>
    <message>
        <source>About Inkboard</source>
        <translation>À propos d&apos;Inkboard</translation>
    </message>
    <message>
        <source>&lt;b&gt;Inkboard %1&lt;/b&gt;&lt;p&gt;A collaborative drawing app with its own sync server.&lt;/p&gt;&lt;p&gt;Licensed under the Apache License 2.0.&lt;/p&gt;&lt;p&gt;Uses Qt %3 (LGPL-3) and the Comic Neue font (SIL Open Font License 1.1).&lt;/p&gt;&lt;p&gt;Profile: %2&lt;/p&gt;</source>
        <translation>&lt;b&gt;Inkboard %1&lt;/b&gt;&lt;p&gt;Une application de dessin collaboratif avec son propre serveur de synchronisation.&lt;/p&gt;&lt;p&gt;Sous licence Apache 2.0.&lt;/p&gt;&lt;p&gt;Utilise Qt %3 (LGPL-3) et la police Comic Neue (SIL Open Font License 1.1).&lt;/p&gt;&lt;p&gt;Profil : %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ou&amp;verts récemment</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>A&amp;lign and Distribute</source>
        <translation>Aligner et ré&amp;partir</translation>
    </message>
    <message>
        <source>S&amp;hape</source>
        <translation>&amp;Forme</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Appea&amp;rance</source>
        <translation>Appar&amp;ence</translation>
    </message>
    <message>
        <source>Follow &amp;System</source>
        <translation>Suivre le &amp;système</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>S&amp;ombre</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annuler : %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rétablir : %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Alt+T&lt;/b&gt;, then the Tools menu</source>
        <translation>&lt;b&gt;Alt+T&lt;/b&gt;, puis le menu Outils</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;Pan&lt;/td&gt;&lt;td&gt;&lt;b&gt;Space&lt;/b&gt;-drag, middle-drag, scroll&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Zoom&lt;/td&gt;&lt;td&gt;&lt;b&gt;Ctrl&lt;/b&gt;+wheel, pinch, &lt;b&gt;+&lt;/b&gt;/&lt;b&gt;-&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Zoom to fit / selection / 100 %&lt;/td&gt;&lt;td&gt;&lt;b&gt;Shift+1&lt;/b&gt; / &lt;b&gt;Shift+2&lt;/b&gt; / &lt;b&gt;Shift+0&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Edit the selected text or shape&apos;s label&lt;/td&gt;&lt;td&gt;&lt;b&gt;Enter&lt;/b&gt; (&lt;b&gt;Esc&lt;/b&gt; or &lt;b&gt;Ctrl+Enter&lt;/b&gt; ends it)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Eraser: whole objects or parts of strokes&lt;/td&gt;&lt;td&gt;&lt;b&gt;E&lt;/b&gt; again&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Nudge&lt;/td&gt;&lt;td&gt;arrow keys (&lt;b&gt;Shift&lt;/b&gt;: 10)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Forward / backward one step&lt;/td&gt;&lt;td&gt;&lt;b&gt;Ctrl+]&lt;/b&gt; / &lt;b&gt;Ctrl+[&lt;/b&gt;, &lt;b&gt;Ctrl+Shift+Up&lt;/b&gt; / &lt;b&gt;Down&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Select the next / previous object&lt;/td&gt;&lt;td&gt;&lt;b&gt;Tab&lt;/b&gt; / &lt;b&gt;Shift+Tab&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Draw or move without binding or snapping&lt;/td&gt;&lt;td&gt;hold &lt;b&gt;Alt&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Snap to objects on / off&lt;/td&gt;&lt;td&gt;&lt;b&gt;Alt+S&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Copy / paste style&lt;/td&gt;&lt;td&gt;&lt;b&gt;Ctrl+Alt+C&lt;/b&gt; / &lt;b&gt;Ctrl+Alt+V&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Align left / centres / right&lt;/td&gt;&lt;td&gt;&lt;b&gt;Alt+Shift+A&lt;/b&gt; / &lt;b&gt;H&lt;/b&gt; / &lt;b&gt;D&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Align top / middles / bottom&lt;/td&gt;&lt;td&gt;&lt;b&gt;Alt+Shift+W&lt;/b&gt; / &lt;b&gt;V&lt;/b&gt; / &lt;b&gt;S&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Distribute across / down&lt;/td&gt;&lt;td&gt;&lt;b&gt;Ctrl+Alt+Shift+H&lt;/b&gt; / &lt;b&gt;V&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Keep ratio, square, 15° steps&lt;/td&gt;&lt;td&gt;hold &lt;b&gt;Shift&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;Se déplacer&lt;/td&gt;&lt;td&gt;glisser avec &lt;b&gt;Espace&lt;/b&gt;, glisser avec le bouton du milieu, défiler&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Zoomer&lt;/td&gt;&lt;td&gt;&lt;b&gt;Ctrl&lt;/b&gt; + molette, pincer, &lt;b&gt;+&lt;/b&gt;/&lt;b&gt;-&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ajuster au contenu / à la sélection / 100 %&lt;/td&gt;&lt;td&gt;&lt;b&gt;Maj+1&lt;/b&gt; / &lt;b&gt;Maj+2&lt;/b&gt; / &lt;b&gt;Maj+0&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Modifier le texte sélectionné ou l&apos;étiquette de la forme&lt;/td&gt;&lt;td&gt;&lt;b&gt;Entrée&lt;/b&gt; (&lt;b&gt;Échap&lt;/b&gt; ou &lt;b&gt;Ctrl+Entrée&lt;/b&gt; pour terminer)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Gomme : objets entiers ou parties de traits&lt;/td&gt;&lt;td&gt;&lt;b&gt;E&lt;/b&gt; à nouveau&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Décaler&lt;/td&gt;&lt;td&gt;flèches du clavier (&lt;b&gt;Maj&lt;/b&gt; : 10)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Avancer / reculer d&apos;un niveau&lt;/td&gt;&lt;td&gt;&lt;b&gt;Ctrl+]&lt;/b&gt; / &lt;b&gt;Ctrl+[&lt;/b&gt;, &lt;b&gt;Ctrl+Maj+Haut&lt;/b&gt; / &lt;b&gt;Bas&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Sélectionner l&apos;objet suivant / précédent&lt;/td&gt;&lt;td&gt;&lt;b&gt;Tab&lt;/b&gt; / &lt;b&gt;Maj+Tab&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Dessiner ou déplacer sans liaison ni aimantation&lt;/td&gt;&lt;td&gt;maintenir &lt;b&gt;Alt&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Aimanter aux objets oui / non&lt;/td&gt;&lt;td&gt;&lt;b&gt;Alt+S&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Copier / coller le style&lt;/td&gt;&lt;td&gt;&lt;b&gt;Ctrl+Alt+C&lt;/b&gt; / &lt;b&gt;Ctrl+Alt+V&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Aligner à gauche / centrer horizontalement / aligner à droite&lt;/td&gt;&lt;td&gt;&lt;b&gt;Alt+Maj+A&lt;/b&gt; / &lt;b&gt;H&lt;/b&gt; / &lt;b&gt;D&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Aligner en haut / centrer verticalement / aligner en bas&lt;/td&gt;&lt;td&gt;&lt;b&gt;Alt+Maj+W&lt;/b&gt; / &lt;b&gt;V&lt;/b&gt; / &lt;b&gt;S&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Répartir horizontalement / verticalement&lt;/td&gt;&lt;td&gt;&lt;b&gt;Ctrl+Alt+Maj+H&lt;/b&gt; / &lt;b&gt;V&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Garder les proportions, carré, pas de 15°&lt;/td&gt;&lt;td&gt;maintenir &lt;b&gt;Maj&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
</context>
<context>
    <name>inkboard::app::comments::CommentThreadView</name>
    <message>
        <source>Reply… (@ to mention someone)</source>
        <translation>Répondre… (@ pour mentionner quelqu&apos;un)</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>&amp;Répondre</translation>
    </message>
    <message>
        <source>Re&amp;solve</source>
        <translation>Ré&amp;soudre</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifier</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>S&amp;upprimer</translation>
    </message>
    <message>
        <source>Write a comment… (@ to mention someone)</source>
        <translation>Écrire un commentaire… (@ pour mentionner quelqu&apos;un)</translation>
    </message>
    <message>
        <source>New comment on an object</source>
        <translation>Nouveau commentaire sur un objet</translation>
    </message>
    <message>
        <source>New comment</source>
        <translation>Nouveau commentaire</translation>
    </message>
    <message>
        <source>Choose a thread, or press C and click the drawing to comment.</source>
        <translation>Choisissez une discussion, ou appuyez sur C et cliquez sur le dessin pour commenter.</translation>
    </message>
    <message>
        <source>Resolved by %1</source>
        <translation>Résolu par %1</translation>
    </message>
    <message>
        <source>On a deleted object: shown where it last was</source>
        <translation>Sur un objet supprimé : affiché là où il se trouvait</translation>
    </message>
    <message>
        <source>Thread</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Comment</source>
        <translation>&amp;Commenter</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>Rou&amp;vrir</translation>
    </message>
    <message>
        <source>The comment could not be changed.</source>
        <translation>Le commentaire n&apos;a pas pu être modifié.</translation>
    </message>
    <message>
        <source>The comment could not be saved.</source>
        <translation>Le commentaire n&apos;a pas pu être enregistré.</translation>
    </message>
    <message>
        <source>The reply could not be saved.</source>
        <translation>La réponse n&apos;a pas pu être enregistrée.</translation>
    </message>
    <message>
        <source>The thread could not be changed.</source>
        <translation>La discussion n&apos;a pas pu être modifiée.</translation>
    </message>
    <message>
        <source>The comment could not be deleted.</source>
        <translation>Le commentaire n&apos;a pas pu être supprimé.</translation>
    </message>
</context>
<context>
    <name>inkboard::app::comments::CommentsPanel</name>
    <message>
        <source>Show &amp;resolved</source>
        <translation>Afficher les &amp;résolus</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(supprimé)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Resolved · %1</source>
        <translation>Résolu · %1</translation>
    </message>
    <message>
        <source> (1 reply)</source>
        <translation> (1 réponse)</translation>
    </message>
    <message>
        <source> (%1 replies)</source>
        <translation> (%1 réponses)</translation>
    </message>
</context>
<context>
    <name>inkboard::app::history::HistoryModel</name>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Quelqu&apos;un</translation>
    </message>
    <message>
        <source>%1, %2 – %3 · %4</source>
        <translation>%1, %2 – %3 · %4</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Revision %1 · %2</source>
        <translation>Révision %1 · %2</translation>
    </message>
</context>
<context>
    <name>inkboard::app::history::HistoryPanel</name>
    <message>
        <source>Revision</source>
        <translation>Révision</translation>
    </message>
    <message>
        <source>Drag to see the drawing as it was (arrow keys step, Escape returns to now)</source>
        <translation>Faites glisser pour voir le dessin tel qu&apos;il était (les flèches avancent pas à pas, Échap revient au présent)</translation>
    </message>
    <message>
        <source>Back to &amp;Now</source>
        <translation>Revenir au &amp;présent</translation>
    </message>
    <message>
        <source>&amp;Restore Drawing…</source>
        <translation>&amp;Restaurer le dessin…</translation>
    </message>
    <message>
        <source>Restore Se&amp;lection</source>
        <translation>Restaurer la sé&amp;lection</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>Révisions</translation>
    </message>
    <message>
        <source>Who changed this</source>
        <translation>Qui a modifié ceci</translation>
    </message>
    <message>
        <source>The selected object&apos;s edits; Enter shows the drawing then</source>
        <translation>Les modifications de l&apos;objet sélectionné ; Entrée montre le dessin à ce moment-là</translation>
    </message>
    <message>
        <source>Back to Now</source>
        <translation>Revenir au présent</translation>
    </message>
    <message>
        <source>Fetching the history…</source>
        <translation>Récupération de l&apos;historique…</translation>
    </message>
    <message>
        <source>No history yet: edits show here.</source>
        <translation>Pas encore d&apos;historique : les modifications s&apos;affichent ici.</translation>
    </message>
    <message numerus="yes">
        <source>Now · %n revision(s)</source>
        <translation>
            <numerusform>Maintenant · %n révision</numerusform>
            <numerusform>Maintenant · %n révisions</numerusform>
        </translation>
    </message>
    <message>
        <source>Revision %1: where the kept history begins</source>
        <translation>Révision %1 : début de l&apos;historique conservé</translation>
    </message>
    <message>
        <source>Revision %1 of %2 · %3
%4 · read-only, Escape returns to now</source>
        <translation>Révision %1 sur %2 · %3
%4 · lecture seule, Échap revient au présent</translation>
    </message>
    <message>
        <source>Who changed this (select one object)</source>
        <translation>Qui a modifié ceci (sélectionnez un objet)</translation>
    </message>
    <message>
        <source>%1 by %2 · %3</source>
        <translation>%1 par %2 · %3</translation>
    </message>
    <message>
        <source>Revision %1</source>
        <translation>Révision %1</translation>
    </message>
    <message>
        <source>Nothing to restore: it is as it was then.</source>
        <translation>Rien à restaurer : c&apos;est déjà comme à ce moment-là.</translation>
    </message>
    <message>
        <source>Restore Drawing</source>
        <translation>Restaurer le dessin</translation>
    </message>
    <message>
        <source>Restore the whole drawing to revision %1? Objects added since are deleted and every other object is put back as it was. You can undo it in one step.</source>
        <translation>Restaurer tout le dessin à la révision %1 ? Les objets ajoutés depuis sont supprimés et tous les autres sont remis comme ils étaient. Vous pouvez l&apos;annuler en une étape.</translation>
    </message>
    <message>
        <source>Restore Revision %1</source>
        <translation>Restaurer la révision %1</translation>
    </message>
    <message numerus="yes">
        <source>Restore %n Object(s) from Revision %1</source>
        <translation>
            <numerusform>Restaurer %n objet de la révision %1</numerusform>
            <numerusform>Restaurer %n objets de la révision %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n commit(s) of this history cannot be read: they are shown as changing nothing.</source>
        <translation>
            <numerusform>%n commit de cet historique est illisible : il est montré comme ne changeant rien.</numerusform>
            <numerusform>%n commits de cet historique sont illisibles : ils sont montrés comme ne changeant rien.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>inkboard::app::history::OpSummary</name>
    <message>
        <source>an object</source>
        <translation>1 objet</translation>
    </message>
    <message>
        <source>%1 objects</source>
        <translation>%1 objets</translation>
    </message>
    <message>
        <source>a stroke</source>
        <translation>1 trait</translation>
    </message>
    <message>
        <source>%1 strokes</source>
        <translation>%1 traits</translation>
    </message>
    <message>
        <source>a highlight</source>
        <translation>1 surlignage</translation>
    </message>
    <message>
        <source>%1 highlights</source>
        <translation>%1 surlignages</translation>
    </message>
    <message>
        <source>a rectangle</source>
        <translation>1 rectangle</translation>
    </message>
    <message>
        <source>%1 rectangles</source>
        <translation>%1 rectangles</translation>
    </message>
    <message>
        <source>a shape</source>
        <translation>1 forme</translation>
    </message>
    <message>
        <source>%1 shapes</source>
        <translation>%1 formes</translation>
    </message>
    <message>
        <source>a note</source>
        <translation>1 note</translation>
    </message>
    <message>
        <source>%1 notes</source>
        <translation>%1 notes</translation>
    </message>
    <message>
        <source>an ellipse</source>
        <translation>1 ellipse</translation>
    </message>
    <message>
        <source>%1 ellipses</source>
        <translation>%1 ellipses</translation>
    </message>
    <message>
        <source>a line</source>
        <translation>1 ligne</translation>
    </message>
    <message>
        <source>%1 lines</source>
        <translation>%1 lignes</translation>
    </message>
    <message>
        <source>an arrow</source>
        <translation>1 flèche</translation>
    </message>
    <message>
        <source>%1 arrows</source>
        <translation>%1 flèches</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>1 texte</translation>
    </message>
    <message>
        <source>%1 texts</source>
        <translation>%1 textes</translation>
    </message>
    <message>
        <source>an image</source>
        <translation>1 image</translation>
    </message>
    <message>
        <source>%1 images</source>
        <translation>%1 images</translation>
    </message>
    <message>
        <source>added %1</source>
        <translation>ajout de %1</translation>
    </message>
    <message>
        <source>deleted %1</source>
        <translation>suppression de %1</translation>
    </message>
    <message>
        <source>moved %1</source>
        <translation>déplacement de %1</translation>
    </message>
    <message>
        <source>resized %1</source>
        <translation>redimensionnement de %1</translation>
    </message>
    <message>
        <source>rotated %1</source>
        <translation>rotation de %1</translation>
    </message>
    <message>
        <source>restyled %1</source>
        <translation>changement de style de %1</translation>
    </message>
    <message>
        <source>edited the text of %1</source>
        <translation>modification du texte de %1</translation>
    </message>
    <message>
        <source>reordered %1</source>
        <translation>changement d&apos;ordre de %1</translation>
    </message>
    <message>
        <source>locked or unlocked %1</source>
        <translation>verrouillage ou déverrouillage de %1</translation>
    </message>
    <message>
        <source>grouped or ungrouped %1</source>
        <translation>groupement ou dégroupement de %1</translation>
    </message>
    <message>
        <source>changed %1</source>
        <translation>modification de %1</translation>
    </message>
    <message>
        <source>changed nothing</source>
        <translation>aucune modification</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>%1, %2 and changed %3 more</source>
        <translation>%1, %2 et modification de %3 autres</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Déplacé</translation>
    </message>
    <message>
        <source>Resized</source>
        <translation>Redimensionné</translation>
    </message>
    <message>
        <source>Rotated</source>
        <translation>Pivoté</translation>
    </message>
    <message>
        <source>Restyled</source>
        <translation>Style modifié</translation>
    </message>
    <message>
        <source>Text edited</source>
        <translation>Texte modifié</translation>
    </message>
    <message>
        <source>Reordered</source>
        <translation>Ordre modifié</translation>
    </message>
    <message>
        <source>Locked or unlocked</source>
        <translation>Verrouillé ou déverrouillé</translation>
    </message>
    <message>
        <source>Grouped or ungrouped</source>
        <translation>Groupé ou dégroupé</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
</context>
<context>
    <name>inkboard::canvas::CanvasAccessible</name>
    <message>
        <source>Canvas</source>
        <translation>Toile</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s)</source>
        <translation>
            <numerusform>%n objet</numerusform>
            <numerusform>%n objets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n selected</source>
        <extracomment>The canvas&apos;s description: &quot;5 objects, 2 selected&quot;.</extracomment>
        <translation>
            <numerusform>%1, %n sélectionné</numerusform>
            <numerusform>%1, %n sélectionnés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>inkboard::canvas::CanvasView</name>
    <message>
        <source>Cut</source>
        <translation>Couper</translation>
    </message>
    <message>
        <source>Groups can nest at most %1 deep</source>
        <translation>Les groupes s&apos;imbriquent sur %1 niveaux au plus</translation>
    </message>
    <message>
        <source>Select two or more objects to group</source>
        <translation>Sélectionnez au moins deux objets à grouper</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grouper</translation>
    </message>
    <message>
        <source>The selection holds no group</source>
        <translation>La sélection ne contient aucun groupe</translation>
    </message>
    <message>
        <source>Ungroup</source>
        <translation>Dégrouper</translation>
    </message>
    <message>
        <source>Change style</source>
        <translation>Modifier le style</translation>
    </message>
    <message>
        <source>Style copied</source>
        <translation>Style copié</translation>
    </message>
    <message>
        <source>Paste style</source>
        <translation>Coller le style</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Bring to front</source>
        <translation>Mettre au premier plan</translation>
    </message>
    <message>
        <source>Bring forward</source>
        <translation>Avancer d&apos;un niveau</translation>
    </message>
    <message>
        <source>Send backward</source>
        <translation>Reculer d&apos;un niveau</translation>
    </message>
    <message>
        <source>Align</source>
        <translation>Aligner</translation>
    </message>
    <message>
        <source>Distribute</source>
        <translation>Répartir</translation>
    </message>
    <message>
        <source>Send to back</source>
        <translation>Mettre à l&apos;arrière-plan</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Change shape</source>
        <translation>Changer de forme</translation>
    </message>
    <message>
        <source>Nudge</source>
        <translation>Décaler</translation>
    </message>
</context>
<context>
    <name>inkboard::canvas::ObjectDescription</name>
    <message>
        <source>Highlighter stroke</source>
        <translation>Trait de surligneur</translation>
    </message>
    <message>
        <source>Pen stroke</source>
        <translation>Trait de stylo</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos;</source>
        <extracomment>An object on the canvas as a screen reader says it: its kind, then its words.</extracomment>
        <translation>%1 « %2 »</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>verrouillé</translation>
    </message>
    <message>
        <source>in a group</source>
        <translation>dans un groupe</translation>
    </message>
    <message>
        <source>connects two objects</source>
        <translation>relie deux objets</translation>
    </message>
    <message>
        <source>attached at one end</source>
        <translation>attaché à une extrémité</translation>
    </message>
</context>
<context>
    <name>inkboard::canvas::TextEditor</name>
    <message>
        <source>Edit label</source>
        <translation>Modifier l&apos;étiquette</translation>
    </message>
    <message>
        <source>Add text</source>
        <translation>Ajouter du texte</translation>
    </message>
    <message>
        <source>Edit text</source>
        <translation>Modifier le texte</translation>
    </message>
    <message>
        <source>Delete text</source>
        <translation>Supprimer le texte</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Inkboard: draw on an infinite canvas, alone or together.
With no argument, the last drawing opens.</source>
        <translation>Inkboard : dessinez sur une toile infinie, seul ou à plusieurs.
Sans argument, le dernier dessin s&apos;ouvre.</translation>
    </message>
    <message>
        <source>Keep drawings, images and settings in DIR (also INKBOARD_PROFILE).</source>
        <translation>Garder les dessins, images et réglages dans DIR (aussi INKBOARD_PROFILE).</translation>
    </message>
    <message>
        <source>Sign in to the Inkboard server at URL and open DRAWING-ID from it, or its drawing browser.</source>
        <translation>Se connecter au serveur Inkboard à l&apos;adresse URL et en ouvrir DRAWING-ID, ou sa liste de dessins.</translation>
    </message>
    <message>
        <source>The user name for --server.</source>
        <translation>Le nom d&apos;utilisateur pour --server.</translation>
    </message>
    <message>
        <source>Read the password for --user from the first line of standard input and sign in without asking.</source>
        <translation>Lire le mot de passe de --user sur la première ligne de l&apos;entrée standard et se connecter sans demander.</translation>
    </message>
    <message>
        <source>With --export: PNG pixels per canvas unit (0.1 to 16, default 1).</source>
        <translation>Avec --export : pixels PNG par unité de toile (0.1 à 16, 1 par défaut).</translation>
    </message>
    <message>
        <source>With --export: only these objects (ids separated by commas; the option may repeat).</source>
        <translation>Avec --export : uniquement ces objets (identifiants séparés par des virgules ; l’option peut être répétée).</translation>
    </message>
    <message>
        <source>Show the window in LANG (%1) this time, whatever View › Language says.</source>
        <translation>Afficher cette fois la fenêtre en LANG (%1), quel que soit le réglage Affichage › Langue.</translation>
    </message>
    <message>
        <source>Render FILE or DRAWING-ID to OUT (.png, .svg, .pdf, .excalidraw or .inkboard) without a window, then exit: 0 when written, 1 when not.</source>
        <translation>Rendre FILE ou DRAWING-ID dans OUT (.png, .svg, .pdf, .excalidraw ou .inkboard) sans fenêtre, puis quitter : 0 si le fichier est écrit, 1 sinon.</translation>
    </message>
    <message>
        <source>A .inkboard, .excalidraw or .svg file, the id of a local drawing, or a share link (inkboard://HOST/d/ID?k=KEY or https://HOST/d/ID?k=KEY).</source>
        <translation>Un fichier .inkboard, .excalidraw ou .svg, l’identifiant d’un dessin local, ou un lien de partage (inkboard://HOST/d/ID?k=KEY ou https://HOST/d/ID?k=KEY).</translation>
    </message>
</context>
</TS>
