#include "TemplateEditorDialog.h"

#include "CertificatePreview.h"
#include "FileDialog.h"
#include "MessageBox.h"
#include "SavedNotice.h"
#include "TemplateFieldTable.h"
#include "contest/ContestRepository.h"
#include "core/Problem.h"
#include "printing/CertificateBatch.h"
#include "printing/CertificateTemplateRepository.h"
#include "printing/PrintSource.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QSplitter>
#include <QVBoxLayout>

namespace {

QDoubleSpinBox* mmSpin(double min, double max)
{
    auto* s = new QDoubleSpinBox;
    s->setRange(min, max);
    s->setDecimals(1);
    s->setSingleStep(0.5);
    s->setSuffix(QStringLiteral(" mm"));
    return s;
}

} // namespace

TemplateEditorDialog::TemplateEditorDialog(Database& db, const QString& kind, QWidget* parent)
    : QDialog(parent), m_db(db), m_kind(kind)
{
    setObjectName(QStringLiteral("templateEditorDialog"));
    setWindowTitle(kind == QLatin1String("award") ? tr("Award certificate layout")
                                                  : tr("Certificate layout"));
    m_settings = ContestRepository(db).loadOrDefaults();
    m_sample = sampleEntry(db, kind);

    m_fields = new TemplateFieldTable;
    m_preview = new CertificatePreview;
    m_preview->setObjectName(QStringLiteral("certificatePreview"));

    // The page beside its settings, the field table underneath: every change is seen at once.
    auto* top = new QWidget;
    auto* topLayout = new QHBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    // The settings scroll on a small screen (1024×600) so the buttons stay on it (issue 14).
    auto* boxesWidget = new QWidget;
    auto* boxes = new QVBoxLayout(boxesWidget);
    boxes->setContentsMargins(0, 0, 0, 0);
    boxes->addWidget(buildPageBox());
    boxes->addWidget(buildValuesBox());
    boxes->addStretch(1);
    auto* boxesScroll = new QScrollArea;
    boxesScroll->setObjectName(QStringLiteral("settingsScrollArea"));
    boxesScroll->setWidgetResizable(true);
    boxesScroll->setFrameShape(QFrame::NoFrame);
    boxesScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    boxesScroll->setWidget(boxesWidget);
    boxesScroll->setMinimumWidth(boxesWidget->sizeHint().width() +
                                 boxesScroll->verticalScrollBar()->sizeHint().width());
    topLayout->addWidget(m_preview, 3);
    topLayout->addWidget(boxesScroll, 2);

    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(top);
    splitter->addWidget(m_fields);
    splitter->setStretchFactor(0, 1);
    splitter->setSizes({440, 300});

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close);
    auto* importButton = buttons->addButton(tr("&Import…"), QDialogButtonBox::ActionRole);
    importButton->setObjectName(QStringLiteral("importButton"));
    auto* exportButton = buttons->addButton(tr("&Export…"), QDialogButtonBox::ActionRole);
    exportButton->setObjectName(QStringLiteral("exportButton"));
    auto* resetButton = buttons->addButton(tr("&Defaults"), QDialogButtonBox::ResetRole);
    resetButton->setObjectName(QStringLiteral("defaultsButton"));
    connect(importButton, &QPushButton::clicked, this, &TemplateEditorDialog::importFile);
    connect(exportButton, &QPushButton::clicked, this, &TemplateEditorDialog::exportFile);
    connect(resetButton, &QPushButton::clicked, this, &TemplateEditorDialog::resetToDefaults);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    connect(m_fields, &TemplateFieldTable::fieldsChanged, this,
            &TemplateEditorDialog::updatePreview);

    setTemplate(CertificateTemplateRepository(db).load(kind));
    // As large as is useful, never larger than the screen.
    resize(QSize(1200, 820).boundedTo(screen()->availableSize()));
}

QWidget* TemplateEditorDialog::buildPageBox()
{
    auto* box = new QGroupBox(tr("Page"));
    auto* form = new QFormLayout(box);
    m_pageSize = new QComboBox;
    m_pageSize->addItems({QStringLiteral("A4"), QStringLiteral("A5")});
    m_landscape = new QCheckBox(tr("Landscape"));
    m_offsetX = mmSpin(-30, 30);
    m_offsetX->setObjectName(QStringLiteral("offsetXSpin"));
    m_offsetY = mmSpin(-30, 30);
    m_offsetY->setObjectName(QStringLiteral("offsetYSpin"));
    m_background = new QLineEdit;
    m_background->setObjectName(QStringLiteral("backgroundEdit"));
    auto* browse = new QPushButton(tr("Browse…"));
    connect(browse, &QPushButton::clicked, this, &TemplateEditorDialog::chooseBackground);
    auto* backgroundRow = new QHBoxLayout;
    backgroundRow->addWidget(m_background, 1);
    backgroundRow->addWidget(browse);
    m_printBackground = new QCheckBox(tr("Print the background (off: the paper is pre-printed)"));
    m_frame = new QCheckBox(tr("Frame round the page"));
    m_numberSuffix = new QLineEdit;
    m_numberStart = new QSpinBox;
    m_numberStart->setRange(1, 999999);
    m_qr = new QCheckBox(tr("QR code with the verification code"));
    form->addRow(tr("Paper:"), m_pageSize);
    form->addRow(QString(), m_landscape);
    form->addRow(tr("Printer offset X:"), m_offsetX);
    form->addRow(tr("Printer offset Y:"), m_offsetY);
    form->addRow(tr("Background image:"), backgroundRow);
    form->addRow(QString(), m_printBackground);
    form->addRow(QString(), m_frame);
    form->addRow(tr("Number suffix:"), m_numberSuffix);
    form->addRow(tr("First number:"), m_numberStart);
    form->addRow(QString(), m_qr);
    for (QCheckBox* c : {m_landscape, m_printBackground, m_frame, m_qr})
        connect(c, &QCheckBox::toggled, this, &TemplateEditorDialog::updatePreview);
    for (QDoubleSpinBox* s : {m_offsetX, m_offsetY})
        connect(s, &QDoubleSpinBox::valueChanged, this, &TemplateEditorDialog::updatePreview);
    connect(m_pageSize, &QComboBox::currentIndexChanged, this,
            &TemplateEditorDialog::updatePreview);
    connect(m_background, &QLineEdit::editingFinished, this, &TemplateEditorDialog::updatePreview);
    return box;
}

QWidget* TemplateEditorDialog::buildValuesBox()
{
    auto* box = new QGroupBox(tr("Place, date and signer"));
    auto* form = new QFormLayout(box);
    m_place = new QLineEdit;
    m_place->setObjectName(QStringLiteral("placeEdit"));
    m_place->setPlaceholderText(tr("from the organizer's name"));
    m_date = new QLineEdit;
    m_date->setObjectName(QStringLiteral("dateEdit"));
    m_date->setPlaceholderText(tr("dd/mm/yyyy; empty: the day of printing"));
    m_signerTitle = new QPlainTextEdit;
    m_signerTitle->setMaximumHeight(60);
    m_signerName = new QLineEdit;
    m_signerName->setObjectName(QStringLiteral("signerNameEdit"));
    form->addRow(tr("Place:"), m_place);
    form->addRow(tr("Date:"), m_date);
    form->addRow(tr("Signer's title:"), m_signerTitle);
    form->addRow(tr("Signer's name:"), m_signerName);
    for (QLineEdit* e : {m_place, m_date, m_signerName})
        connect(e, &QLineEdit::textChanged, this, &TemplateEditorDialog::updatePreview);
    connect(m_signerTitle, &QPlainTextEdit::textChanged, this,
            &TemplateEditorDialog::updatePreview);
    return box;
}

CertificateEntry TemplateEditorDialog::sampleEntry(Database& db, const QString& kind)
{
    // The first real recipient when results are locked: the layout is judged on real names.
    try {
        const QList<CertificateEntry> all =
            CertificateBatch::recipients(PrintSource::load(db), kind);
        if (!all.isEmpty()) {
            CertificateEntry e = all.first();
            e.number = QStringLiteral("125/GCN-BTC");
            e.code = QStringLiteral("ABCDE12345");
            return e;
        }
    } catch (const UserError&) {
    }
    CertificateEntry e;
    e.kind = kind;
    e.recipient = QStringLiteral("051190001234");
    e.name = QStringLiteral("Nguyễn Thị Ánh");
    e.birthYear = 1990;
    e.unitName = QStringLiteral("UBND xã Sơn Kỳ");
    e.correct = 28;
    e.prizeLabel = QStringLiteral("Giải Nhất");
    e.number = QStringLiteral("125/GCN-BTC");
    e.code = QStringLiteral("ABCDE12345");
    return e;
}

void TemplateEditorDialog::setTemplate(const CertificateTemplate& t)
{
    m_filling = true;
    m_loaded = t;
    m_pageSize->setCurrentText(t.pageSize);
    m_landscape->setChecked(t.landscape);
    m_offsetX->setValue(t.offsetX);
    m_offsetY->setValue(t.offsetY);
    m_background->setText(t.backgroundImage);
    m_printBackground->setChecked(t.printBackground);
    m_frame->setChecked(t.frame);
    m_numberSuffix->setText(t.numberSuffix);
    m_numberStart->setValue(t.numberStart);
    m_qr->setChecked(t.qr);
    m_place->setText(t.values.value(QStringLiteral("place")));
    // Stored as yyyy-MM-dd (the layout file's format); people read and type dd/MM/yyyy.
    const QString stored = t.values.value(QStringLiteral("date"));
    const QDate date = QDate::fromString(stored, Qt::ISODate);
    m_date->setText(date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : stored);
    m_signerTitle->setPlainText(t.values.value(QStringLiteral("signer_title")));
    m_signerName->setText(t.values.value(QStringLiteral("signer_name")));
    m_fields->setFields(t.fields);
    m_filling = false;
    updatePreview();
}

CertificateTemplate TemplateEditorDialog::currentTemplate() const
{
    CertificateTemplate t = m_loaded;
    t.pageSize = m_pageSize->currentText();
    t.landscape = m_landscape->isChecked();
    t.offsetX = m_offsetX->value();
    t.offsetY = m_offsetY->value();
    t.backgroundImage = m_background->text().trimmed();
    t.printBackground = m_printBackground->isChecked();
    t.frame = m_frame->isChecked();
    t.numberSuffix = m_numberSuffix->text().trimmed();
    t.numberStart = m_numberStart->value();
    t.qr = m_qr->isChecked();
    t.values[QStringLiteral("place")] = m_place->text().trimmed();
    const QString typed = m_date->text().trimmed();
    const QDate date = QDate::fromString(typed, QStringLiteral("d/M/yyyy"));
    t.values[QStringLiteral("date")] = date.isValid() ? date.toString(Qt::ISODate) : typed;
    t.values[QStringLiteral("signer_title")] = m_signerTitle->toPlainText().trimmed();
    t.values[QStringLiteral("signer_name")] = m_signerName->text().trimmed();
    t.fields = m_fields->fields();
    return t;
}

void TemplateEditorDialog::updatePreview()
{
    if (m_filling)
        return;
    m_preview->setContent(currentTemplate(), m_settings, m_sample);
}

bool TemplateEditorDialog::save()
{
    try {
        CertificateTemplateRepository(m_db).save(currentTemplate());
        return true;
    } catch (const UserError& e) {
        MessageBox::warning(this, tr("Layout not saved"), e.message());
    } catch (const EnvironmentError& e) {
        MessageBox::critical(this, tr("Layout not saved"), e.message());
    }
    return false;
}

void TemplateEditorDialog::importFile()
{
    const QString path =
        FileDialog::getOpenFileName(this, tr("Import layout"), QString(), tr("Layout (*.json)"));
    if (path.isEmpty())
        return;
    try {
        CertificateTemplate t = CertificateTemplateRepository::importFile(path);
        if (t.kind != m_kind) {
            MessageBox::warning(
                this, tr("Layout not imported"),
                tr("This file holds a layout for another kind of certificate (%1).").arg(t.kind));
            return;
        }
        setTemplate(t);
    } catch (const UserError& e) {
        MessageBox::warning(this, tr("Layout not imported"), e.message());
    }
}

void TemplateEditorDialog::exportFile()
{
    const QString path = FileDialog::getSaveFileName(
        this, tr("Export layout"), m_kind + QStringLiteral(".json"), tr("Layout (*.json)"));
    if (path.isEmpty())
        return;
    try {
        CertificateTemplateRepository::exportFile(currentTemplate(), path);
        SavedNotice::show(parentWidget(), path);
    } catch (const EnvironmentError& e) {
        MessageBox::critical(this, tr("Layout not exported"), e.message());
    }
}

void TemplateEditorDialog::resetToDefaults()
{
    setTemplate(CertificateTemplate::defaults(m_kind));
}

void TemplateEditorDialog::chooseBackground()
{
    const QString path = FileDialog::getOpenFileName(this, tr("Background image"), QString(),
                                                     tr("Images (*.png *.jpg *.jpeg)"));
    if (path.isEmpty())
        return;
    m_background->setText(path);
    updatePreview();
}
