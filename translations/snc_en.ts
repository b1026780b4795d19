<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ApiError</name>
    <message numerus="yes">
        <source>Your computer&apos;s clock is off by %n second(s). Set the clock to the right time (enable automatic time), then try again.</source>
        <comment>@error</comment>
        <extracomment>%n is a number of seconds</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
