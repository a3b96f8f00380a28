<?php
/**
 * Plugin Name:       QuillCRM Bounce Handling
 * Plugin URI:        https://github.com/quillcrm/quillcrm-bounce
 * Description:       Receives Amazon SES bounce, complaint and delivery notifications through Amazon SNS, verified by the native quillcrm_sns PHP extension (or its plain-PHP fallback where the extension is not installed), and updates QuillCRM contacts exactly once.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      8.1
 * Author:            QuillCRM
 * License:           GPL-2.0-or-later
 * License URI:       https://www.gnu.org/licenses/gpl-2.0.html
 * Text Domain:       quillcrm-bounce
 *
 * @package QuillCRM\Bounce
 */

namespace QuillCRM\Bounce;

defined( 'ABSPATH' ) || exit;

const VERSION     = '0.1.0';
const PLUGIN_FILE = __FILE__;

// quillcrm_sns_handle() and friends in plain PHP, defined only when the
// extension is not loaded.
require_once __DIR__ . '/polyfill/quillcrm-sns.php';

require_once __DIR__ . '/includes/class-database-error.php';
require_once __DIR__ . '/includes/class-schema.php';
require_once __DIR__ . '/includes/class-settings.php';
require_once __DIR__ . '/includes/class-subscription.php';
require_once __DIR__ . '/includes/class-extension.php';
require_once __DIR__ . '/includes/class-transaction.php';
require_once __DIR__ . '/includes/class-dedup-keys.php';
require_once __DIR__ . '/includes/class-event-log.php';
require_once __DIR__ . '/includes/class-recipient-events.php';
require_once __DIR__ . '/includes/class-counters.php';
require_once __DIR__ . '/includes/class-retention.php';
require_once __DIR__ . '/includes/class-bounce-policy.php';
require_once __DIR__ . '/includes/class-contact-rules.php';
require_once __DIR__ . '/includes/class-punycode.php';
require_once __DIR__ . '/includes/class-contact-updater.php';
require_once __DIR__ . '/includes/class-delivery-processor.php';
require_once __DIR__ . '/includes/class-webhook.php';
require_once __DIR__ . '/includes/class-queue-intake.php';
require_once __DIR__ . '/includes/class-queue-worker.php';
require_once __DIR__ . '/includes/class-aws-setup.php';
require_once __DIR__ . '/includes/class-aws-doctor.php';
require_once __DIR__ . '/includes/class-troubleshooting.php';
require_once __DIR__ . '/includes/class-settings-page.php';
require_once __DIR__ . '/includes/class-rates.php';
require_once __DIR__ . '/includes/class-site-health.php';
require_once __DIR__ . '/includes/class-bounced-contacts.php';
require_once __DIR__ . '/includes/class-reactivation.php';
require_once __DIR__ . '/includes/class-bounces-export.php';
require_once __DIR__ . '/includes/class-bounces-page.php';
require_once __DIR__ . '/includes/class-privacy.php';
require_once __DIR__ . '/includes/class-plugin.php';

Plugin::add_hooks();
