# cunjing — the village poster (cunjing qr --poster). Plain text: drawn into an image.

poster-title = Cunjing
poster-station = { $station } · one officer for every village
poster-scan = Scan with your phone (WeChat works too)
poster-scan-note = Nothing to install, no account
poster-can-services = 1. Services: hukou, ID card, driving licence, vehicles
poster-can-scam = 2. Scam check: suspicious texts, calls and links, before you pay
poster-can-report = 3. Report: disputes and crime clues, anonymously if you wish
poster-can-officer = 4. Your village officer: ask directly
poster-officer = Village officer { $officer }, phone { $phone }
poster-telegram = On Telegram? Scan here
poster-emergency = Emergency: call 110 · Anti-fraud line 96110
