<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>inkboard::app::DrawingListDialog</name>
    <message numerus="yes">
        <source>Move &quot;%1&quot; to the bin? You can restore it there for %n days.</source>
        <translation>
            <numerusform>Move &quot;%1&quot; to the bin? You can restore it there for %n day.</numerusform>
            <numerusform>Move &quot;%1&quot; to the bin? You can restore it there for %n days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>inkboard::app::MainWindow</name>
    <message numerus="yes">
        <source>%n object(s) you had changed were deleted by %1 at %2, with your changes.</source>
        <translation>
            <numerusform>%n object you had changed was deleted by %1 at %2, with your changes.</numerusform>
            <numerusform>%n objects you had changed were deleted by %1 at %2, with your changes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) you made offline replaced changes %1 and others made meanwhile (from %2).</source>
        <translation>
            <numerusform>%n change you made offline replaced changes %1 and others made meanwhile (from %2).</numerusform>
            <numerusform>%n changes you made offline replaced changes %1 and others made meanwhile (from %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) you made offline replaced changes %1 made meanwhile (at %2).</source>
        <translation>
            <numerusform>%n change you made offline replaced changes %1 made meanwhile (at %2).</numerusform>
            <numerusform>%n changes you made offline replaced changes %1 made meanwhile (at %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You can no longer edit this drawing (its owner made you a viewer). %n change(s) you made are kept on this computer and still shown, but cannot be sent.</source>
        <translation>
            <numerusform>You can no longer edit this drawing (its owner made you a viewer). %n change you made is kept on this computer and still shown, but cannot be sent.</numerusform>
            <numerusform>You can no longer edit this drawing (its owner made you a viewer). %n changes you made are kept on this computer and still shown, but cannot be sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n object(s)</source>
        <translation>
            <numerusform>%n object</numerusform>
            <numerusform>%n objects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved on this computer · %n change(s) to send</source>
        <translation>
            <numerusform>Saved on this computer · %n change to send</numerusform>
            <numerusform>Saved on this computer · %n changes to send</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>inkboard::app::ServerFlows</name>
    <message numerus="yes">
        <source>Too many links tried; try again in %n second(s).</source>
        <translation>
            <numerusform>Too many links tried; try again in %n second.</numerusform>
            <numerusform>Too many links tried; try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>inkboard::app::SyncStatePresenter</name>
    <message numerus="yes">
        <source> · %n pending</source>
        <translation>
            <numerusform> · %n pending</numerusform>
            <numerusform> · %n pending</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Syncing (%n pending)</source>
        <translation>
            <numerusform>Syncing (%n pending)</numerusform>
            <numerusform>Syncing (%n pending)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>inkboard::app::history::HistoryPanel</name>
    <message numerus="yes">
        <source>Now · %n revision(s)</source>
        <translation>
            <numerusform>Now · %n revision</numerusform>
            <numerusform>Now · %n revisions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore %n Object(s) from Revision %1</source>
        <translation>
            <numerusform>Restore %n Object from Revision %1</numerusform>
            <numerusform>Restore %n Objects from Revision %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n commit(s) of this history cannot be read: they are shown as changing nothing.</source>
        <translation>
            <numerusform>%n commit of this history cannot be read: it is shown as changing nothing.</numerusform>
            <numerusform>%n commits of this history cannot be read: they are shown as changing nothing.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>inkboard::canvas::CanvasAccessible</name>
    <message numerus="yes">
        <source>%n object(s)</source>
        <translation>
            <numerusform>%n object</numerusform>
            <numerusform>%n objects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n selected</source>
        <extracomment>The canvas&apos;s description: &quot;5 objects, 2 selected&quot;.</extracomment>
        <translation>
            <numerusform>%1, %n selected</numerusform>
            <numerusform>%1, %n selected</numerusform>
        </translation>
    </message>
</context>
</TS>
