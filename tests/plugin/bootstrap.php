<?php
/**
 * Loads the plugin's pure classes without WordPress (they only need ABSPATH
 * to be defined, as every plugin file guards on it).
 */

declare(strict_types=1);

define( 'ABSPATH', __DIR__ . '/' );

require_once dirname( __DIR__, 2 ) . '/php/includes/class-bounce-policy.php';
require_once dirname( __DIR__, 2 ) . '/php/includes/class-contact-rules.php';
require_once dirname( __DIR__, 2 ) . '/php/includes/class-punycode.php';
require_once dirname( __DIR__, 2 ) . '/php/includes/class-schema.php';
require_once dirname( __DIR__, 2 ) . '/php/includes/class-recipient-events.php';
require_once dirname( __DIR__, 2 ) . '/php/includes/class-bounces-export.php';
require_once dirname( __DIR__, 2 ) . '/php/includes/class-aws-setup.php';
require_once dirname( __DIR__, 2 ) . '/php/includes/class-aws-doctor.php';
require_once dirname( __DIR__, 2 ) . '/php/includes/class-settings-page.php';
