import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { ModerationStack } from './stacks/moderation-stack';

const app = new App();
new ModerationStack(app, 'Moderation', { description: 'content moderation backend' });
Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
app.synth();
