package ai.hrflow.connectors.emulators.zoho;

import java.util.List;

/** Word lists behind {@link ZohoData}: names (some accented, to exercise UTF-8), places, job families. */
final class DataPools {
    private DataPools() {
    }

    static final String[] FIRST_NAMES = {"Emma", "Louis", "Chloé", "Hugo", "Léa", "Lucas", "Manon", "Gabriel", "Camille",
        "Jules", "Sarah", "Adam", "Inès", "Arthur", "Zoé", "Noah", "Olivia", "Liam", "Amelia", "Oliver", "Isla", "George",
        "Ava", "Harry", "Sophia", "Jack", "Mia", "Leon", "Hannah", "Felix", "Lena", "Jonas", "Anna", "Paul", "Marta",
        "Pablo", "Lucía", "Mateo", "Sofía", "Giulia", "Marco", "Chiara", "Luca", "Aarav", "Priya", "Rohan", "Ananya",
        "Wei", "Mei", "Hiroshi", "Yuki", "Kenji", "Amara", "Kwame", "Fatou", "Omar", "Yasmine", "Noor", "Elif", "Mehmet"};

    static final String[] LAST_NAMES = {"Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand",
        "Leroy", "Moreau", "Lefèvre", "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies",
        "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "García", "Fernández", "López", "Martínez", "Rossi",
        "Russo", "Ferrari", "Esposito", "Bianchi", "Sharma", "Patel", "Gupta", "Singh", "Wang", "Li", "Zhang", "Chen",
        "Tanaka", "Suzuki", "Sato", "Mensah", "Diallo", "Ndiaye", "Haddad", "Yılmaz", "Kaya", "O'Brien", "Van der Berg",
        "Nowak", "Kowalski", "Novák", "Andersson", "Nielsen", "Silva", "Santos", "Costa"};

    /** City, State, zip pattern ({@code #} = digit), Country, phone pattern ({@code #} = digit). */
    record Place(String city, String state, String zip, String country, String phone) {
    }

    static final Place[] PLACES = {
        new Place("Paris", "Île-de-France", "750##", "France", "+33 6 ## ## ## ##"),
        new Place("Lyon", "Auvergne-Rhône-Alpes", "6900#", "France", "+33 6 ## ## ## ##"),
        new Place("Toulouse", "Occitanie", "310##", "France", "+33 7 ## ## ## ##"),
        new Place("Lille", "Hauts-de-France", "590##", "France", "+33 6 ## ## ## ##"),
        new Place("London", "England", "EC1A #BB", "United Kingdom", "+44 7### ######"),
        new Place("Manchester", "England", "M# #AE", "United Kingdom", "+44 7### ######"),
        new Place("Berlin", "Berlin", "10###", "Germany", "+49 15# #######"),
        new Place("Munich", "Bavaria", "80###", "Germany", "+49 17# #######"),
        new Place("Madrid", "Comunidad de Madrid", "280##", "Spain", "+34 6## ### ###"),
        new Place("Barcelona", "Catalonia", "080##", "Spain", "+34 6## ### ###"),
        new Place("Milan", "Lombardy", "201##", "Italy", "+39 3## ### ####"),
        new Place("Amsterdam", "North Holland", "10## AB", "Netherlands", "+31 6 ########"),
        new Place("Brussels", "Brussels-Capital", "10##", "Belgium", "+32 4## ## ## ##"),
        new Place("Zürich", "Zürich", "80##", "Switzerland", "+41 7# ### ## ##"),
        new Place("Lisbon", "Lisboa", "1###-###", "Portugal", "+351 9## ### ###"),
        new Place("Warsaw", "Masovian", "00-###", "Poland", "+48 5## ### ###"),
        new Place("Stockholm", "Stockholm County", "1## ##", "Sweden", "+46 7# ### ## ##"),
        new Place("New York", "New York", "100##", "United States", "+1 212 ### ####"),
        new Place("San Francisco", "California", "941##", "United States", "+1 415 ### ####"),
        new Place("Austin", "Texas", "787##", "United States", "+1 512 ### ####"),
        new Place("Toronto", "Ontario", "M5V ###", "Canada", "+1 416 ### ####"),
        new Place("Bengaluru", "Karnataka", "5600##", "India", "+91 9#### #####"),
        new Place("Singapore", "Singapore", "0#####", "Singapore", "+65 9### ####"),
        new Place("Sydney", "New South Wales", "20##", "Australia", "+61 4## ### ###"),
        new Place("Dubai", "Dubai", "", "United Arab Emirates", "+971 5# ### ####")};

    /** Titles, skills and the study major of one job family. */
    record Family(String industry, String major, List<String> titles, List<String> skills) {
    }

    static final Family[] FAMILIES = {
        new Family("Technology", "Computer Science", List.of("Backend Developer", "Frontend Developer",
                "Full Stack Developer", "DevOps Engineer", "Software Architect"), List.of("Java", "Spring Boot",
                "Kotlin", "TypeScript", "React", "Node.js", "PostgreSQL", "Docker", "Kubernetes", "AWS", "Terraform",
                "Git", "CI/CD", "REST APIs", "Microservices")),
        new Family("Technology", "Data Science", List.of("Data Scientist", "Data Analyst", "Data Engineer",
                "Machine Learning Engineer"), List.of("Python", "SQL", "Pandas", "scikit-learn", "PyTorch", "Spark",
                "Airflow", "dbt", "Tableau", "Statistics", "NLP", "BigQuery", "Kafka")),
        new Family("Retail", "Business Administration", List.of("Account Executive", "Sales Manager",
                "Business Developer", "Key Account Manager"), List.of("Negotiation", "Salesforce", "Prospecting",
                "Pipeline Management", "B2B Sales", "CRM", "Cold Calling", "Forecasting", "Account Management")),
        new Family("Media", "Marketing", List.of("Marketing Manager", "Content Strategist", "SEO Specialist",
                "Growth Marketer"), List.of("SEO", "SEM", "Google Analytics", "Copywriting", "HubSpot",
                "Social Media", "A/B Testing", "Brand Strategy", "Email Marketing", "Marketing Automation")),
        new Family("Finance", "Finance", List.of("Financial Analyst", "Accountant", "Controller", "Auditor"),
                List.of("Excel", "IFRS", "Financial Modeling", "SAP", "Budgeting", "Forecasting", "Audit",
                        "Consolidation", "VBA", "Power BI")),
        new Family("Consulting", "Human Resources", List.of("HR Business Partner", "Talent Acquisition Specialist",
                "Recruiter", "HR Generalist"), List.of("Recruiting", "Sourcing", "Onboarding", "Employee Relations",
                "Labor Law", "Workday", "Interviewing", "Compensation", "HRIS", "Talent Management")),
        new Family("Technology", "Design", List.of("UX Designer", "Product Designer", "UI Designer"),
                List.of("Figma", "Sketch", "User Research", "Prototyping", "Design Systems", "Wireframing",
                        "Usability Testing", "Adobe XD", "Accessibility")),
        new Family("Manufacturing", "Engineering", List.of("Product Manager", "Project Manager",
                "Operations Manager", "Supply Chain Analyst"), List.of("Agile", "Scrum", "Jira", "Roadmapping",
                "Stakeholder Management", "Lean", "Six Sigma", "Logistics", "ERP", "Risk Management"))};

    static final String[] EMPLOYERS = {"Acme Corp", "Globex", "Initech", "Umbrella Group", "Stark Industries",
        "Wayne Enterprises", "Hooli", "Vandelay Industries", "Soylent", "Cyberdyne Systems", "Tyrell Corporation",
        "Wonka Industries", "Massive Dynamic", "Aperture Science", "Oscorp", "Nakatomi Trading", "Pied Piper",
        "Dunder Mifflin", "Gringotts", "Monsters Inc", "Blue Sun", "Virtucon", "Ollivanders", "Bluth Company"};

    static final String[] SCHOOLS = {"Sorbonne Université", "École Polytechnique", "HEC Paris", "University of Oxford",
        "Imperial College London", "TU München", "Humboldt-Universität zu Berlin", "Universidad Complutense de Madrid",
        "Politecnico di Milano", "University of Amsterdam", "KU Leuven", "ETH Zürich", "University of Toronto",
        "Stanford University", "MIT", "IIT Bombay", "National University of Singapore", "University of Sydney"};

    static final String[] DEGREES = {"Bachelor of Science", "Master of Science", "Bachelor of Arts", "Master of Arts",
        "MBA", "PhD", "Engineering Degree"};

    static final String[] QUALIFICATIONS = {"Bachelor's Degree", "Master's Degree", "Doctorate", "High School",
        "Associate Degree"};

    static final String[] SOURCES = {"Added by User", "Career Site", "LinkedIn", "Referral", "Job Board", "Import"};

    static final String[] CANDIDATE_STATUSES = {"New", "New", "New", "Contacted", "Qualified", "Interview-Scheduled",
        "Offer-Made", "Hired", "Rejected", "Unqualified"};

    static final String[] SENIORITY = {"Junior", "", "", "Senior", "Lead", "Principal"};

    static final String[] JOB_TYPES = {"Full time", "Full time", "Full time", "Part time", "Contract", "Temporary",
        "Internship"};

    static final String[] JOB_STATUSES = {"In-progress", "In-progress", "In-progress", "In-progress",
        "Waiting for approval", "On-Hold", "Filled", "Cancelled", "Inactive"};

    static final String[] WORK_EXPERIENCE = {"Fresher", "0-1 year", "1-3 years", "4-5 years", "5+ years"};

    static final String[] STREETS = {"Rue de la Paix", "Avenue des Champs-Élysées", "High Street", "Baker Street",
        "Hauptstraße", "Calle Mayor", "Via Roma", "Main Street", "Market Street", "King Street", "Station Road"};
}
