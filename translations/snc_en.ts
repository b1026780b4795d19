<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ApiError</name>
    <message numerus="yes">
        <source>Your computer&apos;s clock is off by %n second(s). Set the clock to the right time (enable automatic time), then try again.</source>
        <comment>@error</comment>
        <extracomment>%n is a number of seconds</extracomment>
        <translation>
            <numerusform>Your computer&apos;s clock is off by %n second. Set the clock to the right time (enable automatic time), then try again.</numerusform>
            <numerusform>Your computer&apos;s clock is off by %n seconds. Set the clock to the right time (enable automatic time), then try again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompletionSummary</name>
    <message numerus="yes">
        <source>The password policy gives the admin password %n day(s) from its last change. The API does not publish when it was last changed: the date is unknown.</source>
        <comment>@info next step</comment>
        <translation>
            <numerusform>The password policy gives the admin password %n day from its last change. The API does not publish when it was last changed: the date is unknown.</numerusform>
            <numerusform>The password policy gives the admin password %n days from its last change. The API does not publish when it was last changed: the date is unknown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OnboardingOverview</name>
    <message numerus="yes">
        <source>the SMS token must be confirmed within %n minute(s), or the operation is cancelled and a new token is needed: keep the phone at hand for that window. The other tasks: %1.</source>
        <comment>@info wait</comment>
        <extracomment>%n is the token&apos;s validity in minutes, as OVHcloud publishes it (15)</extracomment>
        <translation>
            <numerusform>the SMS token must be confirmed within %n minute, or the operation is cancelled and a new token is needed: keep the phone at hand for that window. The other tasks: %1.</numerusform>
            <numerusform>the SMS token must be confirmed within %n minutes, or the operation is cancelled and a new token is needed: keep the phone at hand for that window. The other tasks: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PasswordPolicy</name>
    <message numerus="yes">
        <source>At least %1 characters (%n so far)</source>
        <comment>@info password rule</comment>
        <extracomment>%1 required length; %n characters typed so far</extracomment>
        <translation>
            <numerusform>At least %1 characters (%n so far)</numerusform>
            <numerusform>At least %1 characters (%n so far)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %1 characters (%n so far)</source>
        <comment>@info password rule</comment>
        <translation>
            <numerusform>At most %1 characters (%n so far)</numerusform>
            <numerusform>At most %1 characters (%n so far)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Different from your last %n password(s)</source>
        <comment>@info password rule</comment>
        <translation>
            <numerusform>Different from your last password</numerusform>
            <numerusform>Different from your last %n passwords</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Valid for %n day(s), then it must be changed</source>
        <comment>@info password rule</comment>
        <translation>
            <numerusform>Valid for %n day, then it must be changed</numerusform>
            <numerusform>Valid for %n days, then it must be changed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VpnSettings</name>
    <message numerus="yes">
        <source>One IPsec SA per pair of subnets: %n tunnel(s).</source>
        <comment>@info summary</comment>
        <translation>
            <numerusform>One IPsec SA per pair of subnets: %n tunnel.</numerusform>
            <numerusform>One IPsec SA per pair of subnets: %n tunnels.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>snc::ActivationModel</name>
    <message numerus="yes">
        <source>%n requirement(s) missing before SecNumCloud can be enabled</source>
        <comment>@info stage status</comment>
        <translation>
            <numerusform>%n requirement missing before SecNumCloud can be enabled</numerusform>
            <numerusform>%n requirements missing before SecNumCloud can be enabled</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>snc::AdminSecurityPage</name>
    <message numerus="yes">
        <source>Didn&apos;t get the SMS? You can ask for a new code in %n second(s).</source>
        <comment>@info</comment>
        <translation>
            <numerusform>Didn&apos;t get the SMS? You can ask for a new code in %n second.</numerusform>
            <numerusform>Didn&apos;t get the SMS? You can ask for a new code in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>snc::AllowedNetworksModel</name>
    <message numerus="yes">
        <source>%n network(s) allowed, access filtered</source>
        <comment>@info stage status</comment>
        <translation>
            <numerusform>%n network allowed, access filtered</numerusform>
            <numerusform>%n networks allowed, access filtered</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>snc::AllowedNetworksPage</name>
    <message numerus="yes">
        <source>%n address(es) allowed in total (limit: %1).</source>
        <comment>@info</comment>
        <extracomment>%n addresses in total, %1 the limit (2048)</extracomment>
        <translation>
            <numerusform>%n address allowed in total (limit: %1).</numerusform>
            <numerusform>%n addresses allowed in total (limit: %1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>snc::CountdownWidget</name>
    <message numerus="yes">
        <source>The token is valid for %n minute(s) from when it was sent.</source>
        <comment>@info</comment>
        <translation>
            <numerusform>The token is valid for %n minute from when it was sent.</numerusform>
            <numerusform>The token is valid for %n minutes from when it was sent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>snc::EmbeddedSecureInterface</name>
    <message numerus="yes">
        <source>%n attempt(s) left.</source>
        <comment>@error</comment>
        <translation>
            <numerusform>%n attempt left.</numerusform>
            <numerusform>%n attempts left.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>snc::MainWindow</name>
    <message numerus="yes">
        <source>Your computer&apos;s clock is off by %n second(s); the wizard corrects for it, but please set the clock right.</source>
        <comment>@info</comment>
        <translation>
            <numerusform>Your computer&apos;s clock is off by %n second; the wizard corrects for it, but please set the clock right.</numerusform>
            <numerusform>Your computer&apos;s clock is off by %n seconds; the wizard corrects for it, but please set the clock right.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>snc::OkmsCredentialFlow</name>
    <message numerus="yes">
        <source>The access credential is still being created after %n minute(s). OVHcloud may be slow: refresh later, or delete it and create another one.</source>
        <comment>@error</comment>
        <extracomment>%n minutes waited</extracomment>
        <translation>
            <numerusform>The access credential is still being created after %n minute. OVHcloud may be slow: refresh later, or delete it and create another one.</numerusform>
            <numerusform>The access credential is still being created after %n minutes. OVHcloud may be slow: refresh later, or delete it and create another one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>snc::PrivateGatewayPage</name>
    <message numerus="yes">
        <source>%1: %n lock-out check(s) not passed.</source>
        <comment>@info</comment>
        <translation>
            <numerusform>%1: %n lock-out check not passed.</numerusform>
            <numerusform>%1: %n lock-out checks not passed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>snc::ShownOnceSecret</name>
    <message numerus="yes">
        <source>Copied. The clipboard will be cleared in %n second(s).</source>
        <comment>@info</comment>
        <translation>
            <numerusform>Copied. The clipboard will be cleared in %n second.</numerusform>
            <numerusform>Copied. The clipboard will be cleared in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>snc::TaskProgress</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <comment>@info duration</comment>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <comment>@info duration</comment>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <comment>@info duration</comment>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>snc::TokenValidationModel</name>
    <message numerus="yes">
        <source>A new code can be asked for in %n second(s): SMS may take a moment to arrive.</source>
        <comment>@error</comment>
        <extracomment>%n seconds, at most 60</extracomment>
        <translation>
            <numerusform>A new code can be asked for in %n second: SMS may take a moment to arrive.</numerusform>
            <numerusform>A new code can be asked for in %n seconds: SMS may take a moment to arrive.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>snc::TotpEnrolment</name>
    <message numerus="yes">
        <source>This code is from about %n second(s) in the future: your phone&apos;s clock seems ahead. Turn on automatic date and time on the phone, then type the new code.</source>
        <comment>@error</comment>
        <translation>
            <numerusform>This code is from about %n second in the future: your phone&apos;s clock seems ahead. Turn on automatic date and time on the phone, then type the new code.</numerusform>
            <numerusform>This code is from about %n seconds in the future: your phone&apos;s clock seems ahead. Turn on automatic date and time on the phone, then type the new code.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This code is from about %n second(s) ago: your phone&apos;s clock seems behind. Turn on automatic date and time on the phone, then type the new code.</source>
        <comment>@error</comment>
        <translation>
            <numerusform>This code is from about %n second ago: your phone&apos;s clock seems behind. Turn on automatic date and time on the phone, then type the new code.</numerusform>
            <numerusform>This code is from about %n seconds ago: your phone&apos;s clock seems behind. Turn on automatic date and time on the phone, then type the new code.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>snc::VpnModel</name>
    <message numerus="yes">
        <source>The session is not up after %n check(s): %1</source>
        <comment>@error</comment>
        <translation>
            <numerusform>The session is not up after %n check: %1</numerusform>
            <numerusform>The session is not up after %n checks: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>snc::VpnSessionMonitor</name>
    <message numerus="yes">
        <source>Connected: %1 of %n tunnel(s) negotiated with %2.</source>
        <comment>@info</comment>
        <extracomment>%1 tunnels up, %n tunnels in all, %2 the peer&apos;s address</extracomment>
        <translation>
            <numerusform>Connected: %1 of %n tunnel negotiated with %2.</numerusform>
            <numerusform>Connected: %1 of %n tunnels negotiated with %2.</numerusform>
        </translation>
    </message>
</context>
</TS>
